package org.gridcase.cases.process;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridcase.cases.CaseId;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.shared.District;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gridcase.EngineClockFixtures.fireTimersDueBy;

class SafetyHazardProcessTests extends CaseProcessTestSupport {

	private static final String WORK_SAFETY = "DEPARTMENT_OFFICER:WORK_SAFETY:" + DemoDistrict.FIRST_STREET;

	private CaseId caseId;

	@BeforeEach
	void mondayMorning() {
		this.caseId = CaseProcessFixtures.openCase(this.cases, "SAFETY_HAZARD", "商场消防通道被货物堵塞");
	}

	@Test
	void majorHazardIsControlledFirstThenRectifiedWithinTheNoticesDeadline() {
		ProcessInstance hazard = start(Map.of("hazardCategory", "FIRE_EXIT_BLOCKED"));

		assertThat(hazard).hasPassed("Activity_GradeHazard").variables().containsEntry("hazardGrade", "MAJOR");
		assertThat(hazard).isWaitingAt("Activity_ControlImmediately");
		assertThat(task(hazard)).hasCandidateGroup(WORK_SAFETY)
			.hasDueDate(java.util.Date.from(java.time.LocalDateTime.parse("2026-11-23T13:00")
				.atZone(org.gridcase.shared.District.ZONE)
				.toInstant()));
		complete(task(hazard), Map.of("controlMeasures", "已清空通道并派人值守"));

		rectifyIn3Days(hazard);
		complete(task(hazard), Map.of("rectified", "YES", "reInspectionNote", "整改到位"));
		assertThat(hazard).isEnded().hasPassed("Event_HazardRemoved");
	}

	@Test
	void generalHazardSkipsImmediateControl() {
		ProcessInstance hazard = start(Map.of());

		assertThat(hazard).variables().containsEntry("hazardGrade", "GENERAL");
		assertThat(hazard).isWaitingAt("Activity_IssueRectificationNotice").hasNotPassed("Activity_ControlImmediately");
	}

	@Test
	void hazardNotRectifiedIsReferredForPenalty() {
		ProcessInstance hazard = start(Map.of());
		rectifyIn3Days(hazard);

		complete(task(hazard), Map.of("rectified", "NO", "followUp", "PENALTY", "reInspectionNote", "未整改"));

		assertThat(hazard).isWaitingAt("Activity_ReferForPenalty");
		assertThat(task(hazard)).hasCandidateGroup("DEPARTMENT_HEAD:WORK_SAFETY:" + DemoDistrict.DISTRICT_CODE);
		complete(task(hazard), Map.of("penaltyReferral", "移送应急管理局执法大队"));
		assertThat(hazard).isEnded().hasPassed("Event_ReferredForPenalty");
	}

	@Test
	void hazardNotRectifiedCanGoToJointEnforcement() {
		ProcessInstance hazard = start(Map.of());
		rectifyIn3Days(hazard);

		complete(task(hazard), Map.of("rectified", "NO", "followUp", "JOINT_ENFORCEMENT", "reInspectionNote", "多部门问题"));

		assertThat(hazard).isWaitingAt("Activity_JointEnforcement");
	}

	@Test
	void unrectifiedHazardNeedsAFollowUp() {
		ProcessInstance hazard = start(Map.of());
		rectifyIn3Days(hazard);

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> complete(task(hazard), Map.of("rectified", "NO", "reInspectionNote", "未整改")))
			.hasMessageContaining("followUp");
		assertThat(hazard).isWaitingAt("Activity_ReInspect");
	}

	private void rectifyIn3Days(ProcessInstance hazard) {
		assertThat(hazard).isWaitingAt("Activity_IssueRectificationNotice");
		complete(task(hazard), Map.of("noticeNumber", "管城应急整字〔2026〕7号", "rectificationDays", 3L));
		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-11-26T13:00");
		assertThat(hazard).isWaitingAt("Activity_ReInspect");
	}

	private ProcessInstance start(Map<String, Object> extra) {
		return CaseProcessFixtures.startFor(runtimeService(), "SafetyHazardProcess", this.caseId, "SAFETY_HAZARD", extra);
	}

}
