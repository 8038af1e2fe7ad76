package org.gridcase.cases.process;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

@IntegrationTest
class CaseLifecycleProcessTests {

	@Autowired
	ProcessEngine processEngine;

	@BeforeEach
	void initAssertions() {
		init(this.processEngine);
	}

	@Test
	void reportedCaseWaitsForTheCommunityStationAboveItsGrid() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(
				CaseLifecycleProcessVariables.PROCESS_ID, "case-1",
				Map.of(CaseLifecycleProcessVariables.ISSUE_TYPE, "SANITATION", CaseLifecycleProcessVariables.GRID_CODE,
						DemoDistrict.FIRST_GRID));

		assertThat(instance).isWaitingAt("Activity_SortAndReport");
		assertThat(task(instance)).hasCandidateGroup("COMMUNITY_STATION:" + DemoDistrict.FIRST_COMMUNITY)
			.isNotAssigned();
		org.assertj.core.api.Assertions.assertThat(
				taskService().createTaskQuery().taskCandidateUser("station1").processInstanceId(instance.getId()).count())
			.isEqualTo(1);

		complete(task(instance), Map.of("sortingNote", "属实, 需立案"));

		assertThat(instance).hasPassed("Activity_SortAndReport").isEnded();
	}

}
