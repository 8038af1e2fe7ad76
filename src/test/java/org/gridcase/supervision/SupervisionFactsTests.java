package org.gridcase.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.IntegrationTest;
import org.gridcase.audit.AuditTrail;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.OrganisationManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridcase.EngineClockFixtures.fireTimersDueBy;
import static org.gridcase.EngineClockFixtures.resetClock;
import static org.gridcase.EngineClockFixtures.setClock;

/**
 * The figures from the case facts ({@link FigureQueries} over {@code supervision_case_fact}) are
 * the figures of the definitions read straight from the case tables ({@link CaseTableFigures}):
 * on the hand-computed fixture of {@link SupervisionFiguresTests}, and on cases moved through the
 * real lifecycle (registered or rejected, handled on time or late, reworked, escalated by decision
 * and by timeout, turned red into an accountability review with a finding, spanning two months,
 * a duplicate report linked), for every period kind, place, department and person scope and
 * every ranking split.
 */
@IntegrationTest
class SupervisionFactsTests {

	private static final String GRID = DemoDistrict.FIRST_GRID;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseManagement cases;

	@Autowired
	FigureQueries figures;

	@Autowired
	CaseFacts facts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	GridDirectory grids;

	@Autowired
	AuditTrail trail;

	@Autowired
	SupervisionWorkingDays workingDays;

	private CaseTableFigures caseTables;

	@BeforeEach
	void caseTables() {
		this.caseTables = new CaseTableFigures(this.jdbc);
	}

	@AfterEach
	void resetEngineClock() {
		this.engine.getIdentityService().clearAuthentication();
		resetClock();
	}

	@Test
	void theFixturesFiguresFromTheFactsAreTheFiguresFromTheCaseTables() {
		SupervisionFixture.ensure(this.organisation, this.grids, this.jdbc, this.transactions, this.trail, this.facts);
		List<Period> periods = List.of(Period.of(Period.Kind.MONTH, LocalDate.of(2025, 2, 1)),
				Period.of(Period.Kind.MONTH, LocalDate.of(2025, 3, 1)), Period.of(Period.Kind.MONTH, LocalDate.of(2025, 4, 1)),
				Period.of(Period.Kind.QUARTER, LocalDate.of(2025, 3, 1)),
				Period.custom(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30)));
		List<Period> days = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2025, 2, 27); day.isBefore(LocalDate.of(2025, 4, 12)); day = day.plusDays(1)) {
			days.add(Period.of(Period.Kind.DAY, day));
		}
		assertSameFigures(periods, days, SupervisionFixture.STREET, SupervisionFixture.COMMUNITY_ONE, "district1");
	}

	@Test
	void casesMovedThroughTheLifecycleHaveTheSameFiguresFromTheFactsAsFromTheCaseTables() {
		setClock("2027-03-01T09:00");
		CaseId onTime = open("周一上午的生活垃圾");
		complete(onTime, "Activity_SortAndReport", "station1", Map.of("sortingNote", "属实"));
		complete(onTime, "Activity_RegisterCase", "street1", Map.of("registerDecision", "REGISTER"));
		complete(onTime, "Activity_HandleInGrid", "gridleader1", Map.of("handlingResult", "已清运", "solvedHere", "YES"));
		complete(onTime, "Activity_FeedBackResult", "gridworker1", Map.of("feedbackResult", "已清运"));
		complete(onTime, "Activity_VerifyOnSite", "inspector1", Map.of("problemFixed", "YES", "verificationNote", "已清理"));
		complete(onTime, "Activity_EvaluateCase", "station1", Map.of("satisfaction", "SATISFIED"));

		CaseId rejected = open("与已立案案件重复");
		this.cases.countReport(rejected);
		complete(rejected, "Activity_SortAndReport", "station1", Map.of("sortingNote", "重复"));
		complete(rejected, "Activity_RegisterCase", "street1", Map.of("registerDecision", "REJECT", "rejectionReason", "DUPLICATE"));

		CaseId reworked = open("返工的垃圾堆");
		this.cases.countReport(reworked);
		complete(reworked, "Activity_SortAndReport", "station1", Map.of("sortingNote", "属实"));
		complete(reworked, "Activity_RegisterCase", "street1", Map.of("registerDecision", "REGISTER"));
		complete(reworked, "Activity_HandleInGrid", "gridleader1", Map.of("handlingResult", "已清运", "solvedHere", "YES"));
		complete(reworked, "Activity_FeedBackResult", "gridworker1", Map.of("feedbackResult", "已清运"));
		complete(reworked, "Activity_VerifyOnSite", "inspector1", Map.of("problemFixed", "NO", "verificationNote", "仍有残留"));
		setClock("2027-03-02T10:00");
		complete(reworked, "Activity_HandleInGrid", "gridleader1", Map.of("handlingResult", "再次清运", "solvedHere", "YES"));
		complete(reworked, "Activity_FeedBackResult", "gridworker1", Map.of("feedbackResult", "已清运"));
		complete(reworked, "Activity_VerifyOnSite", "inspector1", Map.of("problemFixed", "YES", "verificationNote", "已清理"));
		complete(reworked, "Activity_EvaluateCase", "station1", Map.of("satisfaction", "DISSATISFIED"));

		// climbs by decision to a department, runs past its limit (red, accountability review with a finding), closes late
		setClock("2027-03-03T09:00");
		CaseId late = open("需执法的占道经营");
		complete(late, "Activity_SortAndReport", "station1", Map.of("sortingNote", "属实"));
		complete(late, "Activity_RegisterCase", "street1", Map.of("registerDecision", "REGISTER"));
		complete(late, "Activity_HandleInGrid", "gridleader1", Map.of("handlingResult", "需协调", "solvedHere", "NO"));
		complete(late, "Activity_HandleInCommunity", "station1", Map.of("handlingResult", "需街道协调", "solvedHere", "NO"));
		complete(late, "Activity_HandleInStreet", "street1", Map.of("handlingResult", "需执法", "solvedHere", "NO"));
		complete(late, "Activity_DispatchToDepartment", "district1", Map.of("department", "URBAN_MANAGEMENT"));
		fireTimersDueBy(this.engine, trackingNumber(late), "2027-03-25T09:00");
		complete(late, "Activity_NameResponsibleParties", "district1", Map.of("gridSide", "网格长", "departmentSide", "城管"));
		complete(late, "Activity_GatherStatements", "district1", Map.of("gridStatement", "人手不足", "departmentStatement", "执法排期"));
		complete(late, "Activity_RecordFinding", "district1", Map.of("finding", "DEPARTMENT_SIDE", "findingNote", "执法迟延"));
		complete(late, "Activity_HandleByDepartment", "officerum1", Map.of("handlingResult", "城管执法取缔"));
		complete(late, "Activity_FeedBackResult", "gridworker1", Map.of("feedbackResult", "已取缔"));
		complete(late, "Activity_VerifyOnSite", "inspector1", Map.of("problemFixed", "YES", "verificationNote", "已取缔"));
		complete(late, "Activity_EvaluateCase", "station1", Map.of("satisfaction", "BASICALLY_SATISFIED"));

		// nobody acts: climbs by timeout and is overdue at the end of March, still running
		setClock("2027-03-10T09:00");
		CaseId running = open("无人处理的井盖");
		complete(running, "Activity_SortAndReport", "station1", Map.of("sortingNote", "属实"));
		complete(running, "Activity_RegisterCase", "street1", Map.of("registerDecision", "REGISTER"));
		fireTimersDueBy(this.engine, trackingNumber(running), "2027-03-31T09:00");

		// opened and registered in March, closed in April
		setClock("2027-03-31T16:00");
		CaseId spanning = open("月底的垃圾堆");
		complete(spanning, "Activity_SortAndReport", "station1", Map.of("sortingNote", "属实"));
		complete(spanning, "Activity_RegisterCase", "street1", Map.of("registerDecision", "REGISTER"));
		setClock("2027-04-01T10:00");
		complete(spanning, "Activity_HandleInGrid", "gridleader1", Map.of("handlingResult", "已清运", "solvedHere", "YES"));
		complete(spanning, "Activity_FeedBackResult", "gridworker1", Map.of("feedbackResult", "已清运"));
		complete(spanning, "Activity_VerifyOnSite", "inspector1", Map.of("problemFixed", "YES", "verificationNote", "已清理"));
		complete(spanning, "Activity_EvaluateCase", "station1", Map.of("satisfaction", "UNREACHABLE"));

		Figures march = this.figures.figures(CaseScope.place(GRID, "", "GRID", null),
				Period.of(Period.Kind.MONTH, LocalDate.of(2027, 3, 1)));
		assertThat(march.opened()).isGreaterThanOrEqualTo(6);
		assertThat(march.reports()).isGreaterThanOrEqualTo(8);
		assertThat(march.registered()).isGreaterThanOrEqualTo(5);
		assertThat(march.rejected()).isGreaterThanOrEqualTo(1);
		assertThat(march.closed()).isGreaterThanOrEqualTo(3);
		assertThat(march.overdue()).isGreaterThanOrEqualTo(2);
		assertThat(march.escalations().get("DEPARTMENT")).isGreaterThanOrEqualTo(1);
		assertThat(march.accountabilityReviews()).isGreaterThanOrEqualTo(2);
		assertThat(march.accountabilityFindings()).isGreaterThanOrEqualTo(1);
		List<Period> periods = List.of(Period.of(Period.Kind.MONTH, LocalDate.of(2027, 3, 1)),
				Period.of(Period.Kind.MONTH, LocalDate.of(2027, 4, 1)), Period.of(Period.Kind.QUARTER, LocalDate.of(2027, 3, 1)),
				Period.custom(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 4, 15)));
		List<Period> days = new ArrayList<>();
		for (LocalDate monday = LocalDate.of(2027, 3, 1); monday.isBefore(LocalDate.of(2027, 4, 3)); monday = monday.plusWeeks(1)) {
			days.add(Period.of(Period.Kind.WEEK, monday));
		}
		days.addAll(List.of(Period.of(Period.Kind.DAY, LocalDate.of(2027, 3, 31)), Period.of(Period.Kind.DAY, LocalDate.of(2027, 4, 1))));
		assertSameFigures(periods, days, DemoDistrict.FIRST_STREET, DemoDistrict.FIRST_COMMUNITY, "gridleader1");
	}

	@Test
	void aChangedWorkingCalendarComputesTheHandlingMinutesOfTheCasesItTouchesAgain() {
		SupervisionFixture.ensure(this.organisation, this.grids, this.jdbc, this.transactions, this.trail, this.facts);
		// as if the calendar written at the last start had 4 March 2025 off (A closed that day),
		// and F's facts came from V33's backfill (no minutes)
		this.jdbc.update("update supervision_working_day set working = false where day = '2025-03-04'");
		this.jdbc.update("update supervision_case_fact set handling_minutes = 0 where case_id = ?", SupervisionFixture.A);
		this.jdbc.update("update supervision_case_fact set handling_minutes = null where case_id = ?", SupervisionFixture.F);

		this.workingDays.run(null);

		assertThat(this.jdbc.queryForList("select handling_minutes from supervision_case_fact where case_id in (?, ?)"
				+ " order by case_id", Double.class, SupervisionFixture.A, SupervisionFixture.F)).containsExactly(600.0, 1080.0);
		assertSameFigures(Period.of(Period.Kind.MONTH, LocalDate.of(2025, 3, 1)),
				CaseScope.place(SupervisionFixture.STREET, "", "STREET", null), Grouping.NONE);
	}

	@Test
	void aCaseChangeThatRollsBackLeavesNoFacts() {
		CaseId[] opened = new CaseId[1];
		this.transactions.executeWithoutResult(status -> {
			opened[0] = open("回滚的案件");
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from supervision_case_fact where case_id = ?", Long.class,
				opened[0].value())).isZero();
		CaseId kept = open("保留的案件");
		assertThat(this.jdbc.queryForObject("select grid_code from supervision_case_fact where case_id = ?", String.class,
				kept.value())).isEqualTo(GRID);
	}

	/**
	 * Each period with every scope (the district, a street, a community, a street's cases sent to a
	 * department, a department, a person) and ranking split; each day the district's figures by grid.
	 */
	private void assertSameFigures(List<Period> periods, List<Period> days, String street, String community,
			String person) {
		CaseScope district = CaseScope.place(DemoDistrict.DISTRICT_CODE, "", "DISTRICT", null);
		List<CaseScope> scopes = List.of(district, CaseScope.place(street, "", "STREET", null),
				CaseScope.place(community, "", "COMMUNITY", null), CaseScope.place(street, "", "STREET", "URBAN_MANAGEMENT"),
				CaseScope.department("URBAN_MANAGEMENT", ""), CaseScope.person(person, "", street, null));
		List<Grouping> groupings = List.of(Grouping.NONE, Grouping.place(GridLevel.COMMUNITY), Grouping.place(GridLevel.GRID),
				Grouping.DEPARTMENT, Grouping.PERSON);
		for (Period period : periods) {
			for (CaseScope scope : scopes) {
				for (Grouping grouping : groupings) {
					assertSameFigures(period, scope, grouping);
				}
			}
		}
		for (Period day : days) {
			assertSameFigures(day, district, Grouping.place(GridLevel.GRID));
		}
	}

	private void assertSameFigures(Period period, CaseScope scope, Grouping grouping) {
		assertThat(this.figures.grouped(scope, period, grouping))
			.as("%s to %s, %s %s %s by %s", period.from(), period.to(), scope.kind(), scope.code(), scope.departmentCode(),
					grouping.key())
			.isEqualTo(this.caseTables.grouped(scope, period, grouping));
	}

	private CaseId open(String description) {
		return this.cases.openCase(new OpenCaseCommand("SANITATION", null, GRID, description));
	}

	private String trackingNumber(CaseId id) {
		return this.cases.findCase(id).orElseThrow().trackingNumber();
	}

	private void complete(CaseId id, String taskDefinitionKey, String user, Map<String, Object> values) {
		Task task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(trackingNumber(id))
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
		assertThat(task).as("%s of case %s", taskDefinitionKey, id).isNotNull();
		IdentityService identities = this.engine.getIdentityService();
		// as the user (the audit trail's actor, whom the person figures count), past the engine's authorizations
		identities.setAuthentication(user, List.of(Groups.CAMUNDA_ADMIN));
		try {
			this.engine.getTaskService().complete(task.getId(), values);
		}
		finally {
			identities.clearAuthentication();
		}
	}

}
