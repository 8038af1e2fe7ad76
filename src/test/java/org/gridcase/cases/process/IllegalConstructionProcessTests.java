package org.gridcase.cases.process;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.cases.CaseId;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.gridcase.EngineClockFixtures.fireTimersDueBy;

class IllegalConstructionProcessTests extends CaseProcessTestSupport {

	private static final String OFFICERS = "DEPARTMENT_OFFICER:URBAN_MANAGEMENT:" + DemoDistrict.FIRST_COMMUNITY;

	private CaseId caseId;

	@BeforeEach
	void mondayMorning() {
		this.caseId = CaseProcessFixtures.openCase(this.cases, "ILLEGAL_CONSTRUCTION", "楼顶私搭彩钢房约30平方米");
	}

	@Test
	void ownerCorrectsWithinTheNoticesDeadline() {
		ProcessInstance construction = start();
		issueNoticeWithFiveDays(construction);

		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-11-30T08:59");
		assertThat(construction).isWaitingAt("Event_SelfCorrectionDeadline");
		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-11-30T09:00");

		assertThat(construction).isWaitingAt("Activity_CheckCompliance");
		assertThat(task(construction)).hasCandidateGroup("GRID_LEADER:" + DemoDistrict.FIRST_GRID);
		complete(task(construction), Map.of("complied", "YES", "complianceNote", "已自行拆除"));
		assertThat(construction).isEnded().hasPassed("Event_CorrectedBySelf");
	}

	@Test
	void notCorrectedLeadsToJointDemolitionAndVerification() {
		ProcessInstance construction = start();
		issueNoticeWithFiveDays(construction);
		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-11-30T09:00");
		complete(task(construction), Map.of("complied", "NO", "complianceNote", "拒不整改"));

		assertThat(construction).isWaitingAt("Activity_JointDemolition");
		ProcessInstance joint = calledProcessInstance(construction);
		assertThat(joint).variables().containsEntry("leadDepartment", "URBAN_MANAGEMENT");
		complete(task(joint), Map.of("participatingDepartments", "URBAN_MANAGEMENT,HOUSING_CONSTRUCTION"));
		for (Task confirmation : taskService().createTaskQuery().processInstanceId(joint.getId()).list()) {
			complete(confirmation, Map.of("officersNamed", "执法人员2名"));
		}
		complete(task(joint), Map.of("actionSummary", "依法拆除违建"));
		for (Task result : taskService().createTaskQuery().processInstanceId(joint.getId()).list()) {
			complete(result, Map.of("departmentResult", "完成"));
		}
		complete(task(joint), Map.of("jointOutcome", "RESOLVED", "outcomeSummary", "违建已拆除"));

		assertThat(construction).isWaitingAt("Activity_VerifyDemolition").variables().containsEntry("jointOutcome", "RESOLVED");
		assertThat(task(construction)).hasCandidateGroup("INSPECTOR:" + DemoDistrict.FIRST_GRID);
		complete(task(construction), Map.of("demolitionVerified", "已核验，拆除到位"));
		assertThat(construction).isEnded().hasPassed("Event_Demolished");
	}

	@Test
	void notAnIllegalConstructionEndsAfterVerification() {
		ProcessInstance construction = start();

		complete(task(construction), Map.of("illegal", "NO", "constructionFindings", "手续齐全"));

		assertThat(construction).isEnded().hasPassed("Event_NotIllegal");
	}

	private void issueNoticeWithFiveDays(ProcessInstance construction) {
		assertThat(construction).isWaitingAt("Activity_VerifyConstruction");
		assertThat(task(construction)).hasCandidateGroup(OFFICERS);
		complete(task(construction), Map.of("illegal", "YES", "constructionFindings", "未取得规划许可"));
		assertThat(construction).isWaitingAt("Activity_IssueStopWorkNotice");
		complete(task(construction), Map.of("noticeNumber", "管城城管停字〔2026〕18号", "selfCorrectionDays", 5L));
	}

	private ProcessInstance start() {
		return CaseProcessFixtures.startFor(runtimeService(), "IllegalConstructionProcess", this.caseId,
				"ILLEGAL_CONSTRUCTION", Map.of());
	}

}
