package org.gridcase.cases.process;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gridcase.EngineClockFixtures.fireTimersDueBy;

class AccountabilityReviewProcessTests extends CaseProcessTestSupport {

	@Test
	void overdueCaseIsReviewedNamingBothSidesUntilAFindingIsRecorded() {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "小区门口垃圾满溢"));

		fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-11-23T11:30");

		ProcessInstance review = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(AccountabilityReviewProcessVariables.PROCESS_ID)
			.processInstanceBusinessKey(businessKeyOf(id))
			.singleResult();
		assertThat(review).isWaitingAt("Activity_NameResponsibleParties")
			.variables()
			.containsEntry("lateGroup", "COMMUNITY_STATION:" + DemoDistrict.FIRST_COMMUNITY)
			.containsEntry("departmentSide", "未派遣职能部门")
			.hasEntrySatisfying("gridSide", side -> org.assertj.core.api.Assertions.assertThat((String) side)
				.startsWith("网格长: ")
				.doesNotContain("空缺"));
		assertThat(task(review)).hasCandidateGroup("DISTRICT_CENTER:" + DemoDistrict.DISTRICT_CODE);

		complete(task(review), Map.of("gridSide", "网格长王建国", "departmentSide", "无"));
		assertThat(review).isWaitingAt("Activity_GatherStatements");
		complete(task(review), Map.of("gridStatement", "当日人手不足", "departmentStatement", "未涉及"));
		assertThat(review).isWaitingAt("Activity_RecordFinding");
		complete(task(review), Map.of("finding", "GRID_SIDE", "findingNote", "社区工作站未按时梳理上报"));

		assertThat(review).isEnded().hasPassed("Event_ReviewConcluded");
	}

	private String businessKeyOf(CaseId id) {
		return this.cases.findCase(id).orElseThrow().processBusinessKey();
	}

}
