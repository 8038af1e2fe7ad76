package org.gridcase.catalogue.process;

import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.gridcase.catalogue.DeployedProcesses;

import org.springframework.stereotype.Component;

/** Asks the engine's repository, so a process deployed a moment ago counts at once. */
@Component
class EngineDeployedProcesses implements DeployedProcesses {

	private final RepositoryService repository;

	EngineDeployedProcesses(RepositoryService repository) {
		this.repository = repository;
	}

	@Override
	public boolean isDeployed(String key) {
		return key != null && this.repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0;
	}

	@Override
	public List<DeployedProcess> latest() {
		return this.repository.createProcessDefinitionQuery()
			.latestVersion()
			.list()
			.stream()
			.map(definition -> new DeployedProcess(definition.getKey(), definition.getName(), definition.getVersion()))
			.sorted(Comparator.comparing(DeployedProcess::key))
			.toList();
	}

}
