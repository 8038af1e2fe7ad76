package org.gridcase.cases.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridcase.cases.CaseView;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.EscalationCause;
import org.gridcase.cases.HandlingLevel;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.gridcase.EngineClockFixtures.fireTimersDueBy;

/**
 * The escalation ladder, started on its own for a case (as the lifecycle's call activity does).
 */
class GeneralIssueProcessTests extends CaseProcessTestSupport {

	private static final String PROCESS = "GeneralIssueProcess";

	private CaseId caseId;

	@BeforeEach
	void openCaseOnMondayMorning() {
		this.caseId = this.cases.openCase(new OpenCaseCommand("PAVEMENT_OCCUPATION", null, DemoDistrict.FIRST_GRID,
				"东大街与城东路口早市摊贩占道经营"));
	}

	@Test
	void gridSolvesItOnTheSpot() {
		ProcessInstance issue = start();

		assertThat(issue).isWaitingAt("Activity_HandleInGrid");
		assertThat(task(issue)).hasCandidateGroup("GRID_LEADER:" + DemoDistrict.FIRST_GRID);
		complete(task(issue), Map.of("handlingResult", "劝离摊贩", "solvedHere", "YES"));

		assertThat(issue).isEnded().hasPassed("Event_IssueHandled");
		org.assertj.core.api.Assertions.assertThat(record().escalations()).isEmpty();
		org.assertj.core.api.Assertions.assertThat(record().level()).isEqualTo(HandlingLevel.GRID);
	}

	@Test
	void eachLevelThatCannotSolveItPassesItUpUntilTheDistrictDispatchesADepartment() {
		ProcessInstance issue = start();

		complete(task(issue), Map.of("handlingResult", "需协调", "solvedHere", "NO"));
		assertThat(issue).isWaitingAt("Activity_HandleInCommunity");
		assertThat(task(issue)).hasCandidateGroup("COMMUNITY_STATION:" + DemoDistrict.FIRST_COMMUNITY);

		complete(task(issue), Map.of("handlingResult", "需街道协调", "solvedHere", "NO"));
		assertThat(issue).isWaitingAt("Activity_HandleInStreet");
		assertThat(task(issue)).hasCandidateGroup("STREET_CENTER:" + DemoDistrict.FIRST_STREET);

		complete(task(issue), Map.of("handlingResult", "需执法", "solvedHere", "NO"));
		assertThat(issue).isWaitingAt("Activity_DispatchToDepartment");
		assertThat(task(issue)).hasCandidateGroup("DISTRICT_CENTER:" + DemoDistrict.DISTRICT_CODE);

		complete(task(issue), Map.of("department", "URBAN_MANAGEMENT"));
		assertThat(issue).isWaitingAt("Activity_HandleByDepartment");
		assertThat(task(issue))
			.hasCandidateGroup("DEPARTMENT_OFFICER:URBAN_MANAGEMENT:" + DemoDistrict.FIRST_COMMUNITY);
		org.assertj.core.api.Assertions.assertThat(
				taskService().createTaskQuery().processInstanceId(issue.getId()).taskCandidateUser("officerum1").count())
			.isEqualTo(1);

		complete(task(issue), Map.of("handlingResult", "城管执法取缔"));
		assertThat(issue).isEnded();
		org.assertj.core.api.Assertions.assertThat(record().escalations())
			.extracting(CaseView.Escalation::toLevel, CaseView.Escalation::cause)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(HandlingLevel.COMMUNITY, EscalationCause.DECISION),
					org.assertj.core.groups.Tuple.tuple(HandlingLevel.STREET, EscalationCause.DECISION),
					org.assertj.core.groups.Tuple.tuple(HandlingLevel.DISTRICT, EscalationCause.DECISION),
					org.assertj.core.groups.Tuple.tuple(HandlingLevel.DEPARTMENT, EscalationCause.DECISION));
		org.assertj.core.api.Assertions.assertThat(record().level()).isEqualTo(HandlingLevel.DEPARTMENT);
	}

	@Test
	void gridThatDoesNotActWithinOneWorkingDayIsPassedOverToTheCommunity() {
		ProcessInstance issue = start();

		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-11-24T08:59");
		assertThat(issue).isWaitingAt("Activity_HandleInGrid");

		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-11-24T09:00");
		assertThat(issue).isWaitingAt("Activity_HandleInCommunity");
		CaseView.Escalation climb = record().escalations().get(0);
		org.assertj.core.api.Assertions.assertThat(climb.cause()).isEqualTo(EscalationCause.TIMEOUT);
		org.assertj.core.api.Assertions.assertThat(climb.fromLevel()).isEqualTo(HandlingLevel.GRID);
		org.assertj.core.api.Assertions.assertThat(climb.skipped())
			.isEqualTo("GRID_LEADER:" + DemoDistrict.FIRST_GRID + " (gridleader1)");
	}

	@Test
	void timeoutsClimbEveryLevelUpToTheDistrictCenter() {
		ProcessInstance issue = start();

		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-11-24T09:00");
		assertThat(issue).isWaitingAt("Activity_HandleInCommunity");
		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-11-25T09:00");
		assertThat(issue).isWaitingAt("Activity_HandleInStreet");
		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-11-27T09:00");
		assertThat(issue).isWaitingAt("Activity_DispatchToDepartment");

		org.assertj.core.api.Assertions.assertThat(record().escalations())
			.extracting(CaseView.Escalation::toLevel, CaseView.Escalation::cause)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(HandlingLevel.COMMUNITY, EscalationCause.TIMEOUT),
					org.assertj.core.groups.Tuple.tuple(HandlingLevel.STREET, EscalationCause.TIMEOUT),
					org.assertj.core.groups.Tuple.tuple(HandlingLevel.DISTRICT, EscalationCause.TIMEOUT));
		org.assertj.core.api.Assertions.assertThat(record().accountabilityStartedAt()).isNotNull();
	}

	private ProcessInstance start() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", this.caseId.toString());
		variables.put("issueType", "PAVEMENT_OCCUPATION");
		variables.put("severity", "GENERAL");
		variables.put("gridCode", DemoDistrict.FIRST_GRID);
		variables.put("description", "东大街与城东路口早市摊贩占道经营");
		return runtimeService().startProcessInstanceByKey(PROCESS,
				CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), variables);
	}

	private org.gridcase.cases.CaseView record() {
		return this.cases.findCase(this.caseId).orElseThrow();
	}

}
