package org.gridcase.platform.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ScriptResourcePolicyTests {

	@Autowired
	RepositoryService repositoryService;

	@Test
	void modelsMayNotLoadScriptsFromOutsideTheirDeployment() {
		assertThatThrownBy(() -> deploy("ExternalScriptProcess", "classpath://application.yml"))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("External script resources are not allowed");
		assertThat(this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("ExternalScriptProcess").count())
			.isZero();
	}

	@Test
	void scriptsInTheDeploymentAreAllowed() {
		deploy("DeploymentScriptProcess", "deployment://check.groovy");

		assertThat(this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("DeploymentScriptProcess").count())
			.isEqualTo(1);
	}

	private void deploy(String key, String resource) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.scriptTask("Activity_Check")
			.name("检查")
			.scriptFormat("groovy")
			.camundaResource(resource)
			.endEvent()
			.done();
		this.repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
	}

}
