package org.gridcase.cases.process;

import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseStep;
import org.gridcase.cases.CaseView;
import org.gridcase.deadlines.Light;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.shared.District;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.gridcase.EngineClockFixtures.fireTimersDueBy;

class CaseLifecycleProcessTests extends CaseProcessTestSupport {

	private static final String COMMUNITY_STATION = "COMMUNITY_STATION:" + DemoDistrict.FIRST_COMMUNITY;

	@Test
	void caseRunsTheSevenStepsWithEachTaskGoingToItsRoleAtTheCasePlace() {
		CaseId id = openSanitationCase();
		ProcessInstance lifecycle = lifecycleOf(id);

		assertThat(lifecycle).isWaitingAt("Activity_SortAndReport");
		assertThat(task(lifecycle)).hasCandidateGroup(COMMUNITY_STATION).hasDueDate(
				java.util.Date.from(java.time.LocalDateTime.parse("2026-11-23T11:00").atZone(org.gridcase.shared.District.ZONE).toInstant()));
		assertCase(id, CaseStep.REPORT, COMMUNITY_STATION);
		complete(task(lifecycle), Map.of("sortingNote", "属实，位置准确，非重复"));

		assertThat(lifecycle).isWaitingAt("Activity_RegisterCase");
		assertThat(task(lifecycle)).hasCandidateGroup("STREET_CENTER:" + DemoDistrict.FIRST_STREET);
		assertCase(id, CaseStep.REGISTER, "STREET_CENTER:" + DemoDistrict.FIRST_STREET);
		complete(task(lifecycle), Map.of("registerDecision", "REGISTER"));

		assertThat(lifecycle).isWaitingAt("Activity_HandleCase").variables().containsEntry("handlingProcess",
				"GeneralIssueProcess");
		ProcessInstance handling = calledProcessInstance(lifecycle);
		assertThat(handling).isWaitingAt("Activity_HandleInGrid");
		assertThat(task(handling)).hasCandidateGroup("GRID_LEADER:" + DemoDistrict.FIRST_GRID);
		assertCase(id, CaseStep.HANDLE, "GRID_LEADER:" + DemoDistrict.FIRST_GRID);
		complete(task(handling), Map.of("handlingResult", "已组织清运", "solvedHere", "YES"));

		assertThat(handling).isEnded();
		assertThat(lifecycle).isWaitingAt("Activity_FeedBackResult");
		assertThat(task(lifecycle)).hasCandidateGroup("GRID_WORKER:" + DemoDistrict.FIRST_GRID);
		assertCase(id, CaseStep.FEEDBACK, "GRID_WORKER:" + DemoDistrict.FIRST_GRID);
		complete(task(lifecycle), Map.of("feedbackResult", "垃圾已清运完毕"));

		assertThat(lifecycle).isWaitingAt("Activity_VerifyOnSite");
		assertThat(task(lifecycle)).hasCandidateGroup("INSPECTOR:" + DemoDistrict.FIRST_GRID);
		assertCase(id, CaseStep.VERIFY_CLOSE, "INSPECTOR:" + DemoDistrict.FIRST_GRID);
		complete(task(lifecycle), Map.of("problemFixed", "YES", "verificationNote", "现场已清理干净"));

		assertThat(lifecycle).isWaitingAt("Activity_EvaluateCase");
		assertCase(id, CaseStep.EVALUATE, COMMUNITY_STATION);
		complete(task(lifecycle), Map.of("satisfaction", "SATISFIED"));

		assertThat(lifecycle).isEnded().hasPassed("Event_CaseClosed");
		CaseView closed = record(id);
		org.assertj.core.api.Assertions.assertThat(closed.step()).isEqualTo(CaseStep.CLOSED);
		org.assertj.core.api.Assertions.assertThat(closed.satisfaction()).isEqualTo("SATISFIED");
		org.assertj.core.api.Assertions.assertThat(closed.closedAt()).isNotNull();
		org.assertj.core.api.Assertions.assertThat(closed.reworkCount()).isZero();
		org.assertj.core.api.Assertions.assertThat(closed.light()).isEqualTo(Light.GREEN);
		org.assertj.core.api.Assertions.assertThat(closed.stepsEntered()).extracting(CaseView.StepEntered::step)
			.containsExactly(CaseStep.REPORT, CaseStep.REGISTER, CaseStep.HANDLE, CaseStep.FEEDBACK,
					CaseStep.VERIFY_CLOSE, CaseStep.EVALUATE);
	}

	@Test
	void centerRejectsADuplicateReportWithItsReason() {
		CaseId id = openSanitationCase();
		ProcessInstance lifecycle = lifecycleOf(id);
		complete(task(lifecycle), Map.of("sortingNote", "与已立案案件重复"));

		complete(task(lifecycle), Map.of("registerDecision", "REJECT", "rejectionReason", "DUPLICATE"));

		assertThat(lifecycle).isEnded().hasPassed("Event_CaseRejected");
		org.assertj.core.api.Assertions.assertThat(record(id).step()).isEqualTo(CaseStep.REJECTED);
		org.assertj.core.api.Assertions.assertThat(record(id).rejectionReason()).isEqualTo("DUPLICATE");
	}

	@Test
	void rejectionNeedsAReason() {
		CaseId id = openSanitationCase();
		ProcessInstance lifecycle = lifecycleOf(id);
		complete(task(lifecycle), Map.of("sortingNote", "无"));
		Task register = task(lifecycle);

		assertThatThrownBy(() -> taskService().complete(register.getId(), Map.of("registerDecision", "REJECT")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("rejectionReason");
		assertThat(lifecycle).isWaitingAt("Activity_RegisterCase");
	}

	@Test
	void notFixedOnSiteSendsTheCaseBackToHandlingAndCountsTheRework() {
		CaseId id = openSanitationCase();
		ProcessInstance lifecycle = lifecycleOf(id);
		complete(task(lifecycle), Map.of("sortingNote", "属实"));
		complete(task(lifecycle), Map.of("registerDecision", "REGISTER"));
		complete(task(calledProcessInstance(lifecycle)), Map.of("handlingResult", "已清运", "solvedHere", "YES"));
		complete(task(lifecycle), Map.of("feedbackResult", "已清运"));

		complete(task(lifecycle), Map.of("problemFixed", "NO", "verificationNote", "仍有垃圾残留"));

		assertThat(lifecycle).isWaitingAt("Activity_HandleCase");
		assertThat(calledProcessInstance(lifecycle)).isWaitingAt("Activity_HandleInGrid");
		CaseView reworked = record(id);
		org.assertj.core.api.Assertions.assertThat(reworked.reworkCount()).isEqualTo(1);
		org.assertj.core.api.Assertions.assertThat(reworked.step()).isEqualTo(CaseStep.HANDLE);
	}

	@Test
	void completingWithoutARequiredFieldFailsNamingTheField() {
		CaseId id = openSanitationCase();
		Task sort = task(lifecycleOf(id));

		assertThatThrownBy(() -> taskService().complete(sort.getId()))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("梳理意见")
			.hasMessageContaining("sortingNote");
		assertThatThrownBy(() -> taskService().complete(sort.getId(), Map.of("sortingNote", "  ")))
			.isInstanceOf(FormFieldValidationException.class);
		assertThat(lifecycleOf(id)).isWaitingAt("Activity_SortAndReport");
	}

	@Test
	void choiceOutsideTheFormsValuesIsRefused() {
		CaseId id = openSanitationCase();
		ProcessInstance lifecycle = lifecycleOf(id);
		complete(task(lifecycle), Map.of("sortingNote", "属实"));
		Task register = task(lifecycle);

		assertThatThrownBy(() -> taskService().complete(register.getId(), Map.of("registerDecision", "MAYBE")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("registerDecision");
	}

	@Test
	void lightTurnsYellowAtEightyPercentAndRedAtTheLimitStartingOneAccountabilityReview() {
		CaseId id = openSanitationCase();
		ProcessInstance lifecycle = lifecycleOf(id);
		Task sort = task(lifecycle);

		fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-11-23T10:30");
		org.assertj.core.api.Assertions.assertThat(taskService().getVariableLocal(sort.getId(), "light")).isEqualTo("GREEN");
		org.assertj.core.api.Assertions.assertThat(record(id).light()).isEqualTo(Light.GREEN);

		fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-11-23T10:40");
		org.assertj.core.api.Assertions.assertThat(taskService().getVariableLocal(sort.getId(), "light")).isEqualTo("YELLOW");
		org.assertj.core.api.Assertions.assertThat(record(id).light()).isEqualTo(Light.YELLOW);
		org.assertj.core.api.Assertions.assertThat(accountabilityReviewsOf(id)).isZero();

		fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-11-23T11:01");
		org.assertj.core.api.Assertions.assertThat(taskService().getVariableLocal(sort.getId(), "light")).isEqualTo("RED");
		org.assertj.core.api.Assertions.assertThat(record(id).light()).isEqualTo(Light.RED);
		org.assertj.core.api.Assertions.assertThat(accountabilityReviewsOf(id)).isEqualTo(1);

		// the whole case's own limit (10 working days) passes too: still one review
		fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-12-08T09:00");
		org.assertj.core.api.Assertions.assertThat(accountabilityReviewsOf(id)).isEqualTo(1);
	}

	private long accountabilityReviewsOf(CaseId id) {
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(AccountabilityReviewProcessVariables.PROCESS_ID)
			.processInstanceBusinessKey(businessKeyOf(id))
			.count();
	}

	private CaseId openSanitationCase() {
		return CaseProcessFixtures.openCase(this.cases, "SANITATION", "顺河路东段人行道堆放生活垃圾");
	}

	private ProcessInstance lifecycleOf(CaseId id) {
		return CaseProcessFixtures.lifecycleOf(runtimeService(), id);
	}

	private CaseView record(CaseId id) {
		return this.cases.findCase(id).orElseThrow();
	}

	private void assertCase(CaseId id, CaseStep step, String responsibleGroup) {
		CaseView record = record(id);
		org.assertj.core.api.Assertions.assertThat(record.step()).isEqualTo(step);
		org.assertj.core.api.Assertions.assertThat(record.responsibleGroup()).isEqualTo(responsibleGroup);
		org.assertj.core.api.Assertions.assertThat(record.light()).isEqualTo(Light.GREEN);
		org.assertj.core.api.Assertions.assertThat(record.stepDueAt()).isNotNull();
	}

	private String businessKeyOf(CaseId id) {
		return this.cases.findCase(id).orElseThrow().processBusinessKey();
	}

}
