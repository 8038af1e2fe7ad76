package org.gridcase.cases.process;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

@IntegrationTest
class CaseLifecycleProcessTests {

	@Autowired
	ProcessEngine processEngine;

	@BeforeEach
	void initAssertions() {
		init(this.processEngine);
	}

	@Test
	void reportedCaseWaitsForCommunityStationToSortIt() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(
				CaseLifecycleProcessVariables.PROCESS_ID, "case-1",
				Map.of(CaseLifecycleProcessVariables.ISSUE_TYPE, "SANITATION"));

		assertThat(instance).isWaitingAt("Activity_SortAndReport");
		assertThat(task(instance)).hasCandidateGroup("COMMUNITY_STATION");

		complete(task(instance), Map.of("sortingNote", "属实, 需立案"));

		assertThat(instance).hasPassed("Activity_SortAndReport").isEnded();
	}

}
