package org.gridcase.supervision;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridcase.audit.AuditEventType;
import org.gridcase.audit.AuditTrail;
import org.gridcase.grid.CreateGridCommand;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.OrganisationManagement;
import org.gridcase.shared.District;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A street of the tests' own (410104091, far from the demo's streets) with two communities and
 * three grids, and six cases recorded straight into the case tables, as the figures read them
 * (no process instances: supervision reads history only), with their facts written as the cases'
 * events would have written them ({@link CaseFacts}). Hand-computed figures are in
 * {@link SupervisionFiguresTests}. All times are district time, March–April 2025 (no holidays:
 * weekdays 09:00–17:00 are working time).
 */
final class SupervisionFixture {

	static final String STREET = "410104091";

	static final String COMMUNITY_ONE = "410104091001";

	static final String COMMUNITY_TWO = "410104091002";

	static final String GRID_A = "410104091001001";

	static final String GRID_B = "410104091001002";

	static final String GRID_C = "410104091002001";

	static final UUID A = UUID.fromString("00000000-0000-4000-8000-0000000091a0");

	static final UUID B = UUID.fromString("00000000-0000-4000-8000-0000000091b0");

	static final UUID C = UUID.fromString("00000000-0000-4000-8000-0000000091c0");

	static final UUID D = UUID.fromString("00000000-0000-4000-8000-0000000091d0");

	static final UUID E = UUID.fromString("00000000-0000-4000-8000-0000000091e0");

	static final UUID F = UUID.fromString("00000000-0000-4000-8000-0000000091f0");

	private SupervisionFixture() {
	}

	static synchronized void ensure(OrganisationManagement organisation, GridDirectory grids, JdbcTemplate jdbc,
			TransactionTemplate transactions, AuditTrail trail, CaseFacts facts) {
		if (grids.find(STREET).isPresent()) {
			return;
		}
		String square = "{\"type\":\"Polygon\",\"coordinates\":[[[113.70,34.70],[113.71,34.70],[113.71,34.71],[113.70,34.71],[113.70,34.70]]]}";
		organisation.createGrid(new CreateGridCommand(STREET, "测试街道", "410104", null, null, null));
		organisation.createGrid(new CreateGridCommand(COMMUNITY_ONE, "测试一社区", STREET, null, null, null));
		organisation.createGrid(new CreateGridCommand(COMMUNITY_TWO, "测试二社区", STREET, null, null, null));
		organisation.createGrid(new CreateGridCommand(GRID_A, "测试网格A", COMMUNITY_ONE, square, 113.705, 34.705));
		organisation.createGrid(new CreateGridCommand(GRID_B, "测试网格B", COMMUNITY_ONE, null, null, null));
		organisation.createGrid(new CreateGridCommand(GRID_C, "测试网格C", COMMUNITY_TWO, null, null, null));
		transactions.executeWithoutResult(status -> {
			// A: solved in the grid in 10 working hours, on time, 2 reports, satisfied
			record(jdbc, A, GRID_A, "CLOSED", "GRID", "GREEN", "", 2, 0, "SATISFIED", at(3, 3, 9, 0), at(3, 4, 11, 0),
					at(3, 17, 9, 0), null);
			register(jdbc, A, at(3, 3, 9, 30), at(3, 3, 10, 0));
			// B: reworked once, climbed to the community, closed late after 20 working hours, dissatisfied
			record(jdbc, B, GRID_B, "CLOSED", "COMMUNITY", "RED", "", 1, 1, "DISSATISFIED", at(3, 5, 14, 0),
					at(3, 10, 10, 0), at(3, 7, 14, 0), null);
			register(jdbc, B, at(3, 5, 14, 30), at(3, 5, 15, 0));
			escalate(jdbc, B, "GRID", "COMMUNITY", at(3, 6, 10, 0));
			// C: spans March and April: registered in March, climbed four times, joint enforcement
			// of two departments, closed in April after 28 working hours
			record(jdbc, C, GRID_C, "CLOSED", "DEPARTMENT", "GREEN", "URBAN_MANAGEMENT,WORK_SAFETY", 1, 0,
					"VERY_SATISFIED", at(3, 28, 16, 0), at(4, 3, 12, 0), at(4, 11, 16, 0), null);
			register(jdbc, C, at(3, 28, 16, 10), at(3, 28, 16, 30));
			escalate(jdbc, C, "GRID", "COMMUNITY", at(3, 31, 10, 0));
			escalate(jdbc, C, "COMMUNITY", "STREET", at(4, 1, 10, 0));
			escalate(jdbc, C, "STREET", "DISTRICT", at(4, 2, 9, 30));
			escalate(jdbc, C, "DISTRICT", "DEPARTMENT", at(4, 2, 10, 0));
			// D: rejected at registration
			record(jdbc, D, GRID_A, "REJECTED", "GRID", "GREEN", "", 1, 0, null, at(3, 10, 9, 0), at(3, 10, 11, 0),
					null, null);
			register(jdbc, D, at(3, 10, 9, 30), at(3, 10, 11, 0));
			// E: still running, red: its time limit ran out in March, accountability review and a finding
			record(jdbc, E, GRID_A, "HANDLE", "GRID", "RED", "", 1, 0, null, at(3, 20, 9, 0), null, at(3, 31, 10, 0),
					at(3, 31, 10, 0));
			register(jdbc, E, at(3, 20, 9, 30), at(3, 20, 10, 0));
			// F: opened and registered in February, closed on time in March after 18 working hours, not answered
			record(jdbc, F, GRID_C, "CLOSED", "GRID", "GREEN", "", 1, 0, null, LocalDateTime.of(2025, 2, 27, 10, 0),
					at(3, 3, 12, 0), at(3, 13, 10, 0), null);
			register(jdbc, F, LocalDateTime.of(2025, 2, 27, 10, 30), LocalDateTime.of(2025, 2, 27, 11, 0));
			Map<String, Object> finding = new LinkedHashMap<>();
			finding.put("task", "作出倒查结论");
			finding.put("taskDefinitionKey", "Activity_RecordFinding");
			finding.put("formValues", Map.of("finding", "GRID_SIDE"));
			trail.appendAsRecorded(E, AuditEventType.TASK_COMPLETED, "district1",
					at(3, 31, 15, 0).atZone(District.ZONE).toInstant(), finding);
			// as the cases' events would have had them written
			facts.refresh(List.of(A, B, C, D, E, F));
		});
	}

	private static LocalDateTime at(int month, int day, int hour, int minute) {
		return LocalDateTime.of(2025, month, day, hour, minute);
	}

	private static Timestamp ts(LocalDateTime local) {
		return local == null ? null : Timestamp.from(local.atZone(District.ZONE).toInstant());
	}

	private static void record(JdbcTemplate jdbc, UUID id, String grid, String step, String level, String light,
			String departments, int reports, int rework, String satisfaction, LocalDateTime opened,
			LocalDateTime closed, LocalDateTime due, LocalDateTime accountability) {
		jdbc.update("insert into case_record (id, tracking_number, issue_type, description, step, opened_at, version,"
				+ " grid_code, severity, handling_level, light, dispatched_departments, report_count, rework_count,"
				+ " satisfaction, closed_at, case_due_at, accountability_started_at, channel)"
				+ " values (?, ?, 'SANITATION', '考核测试案件', ?, ?, 0, ?, 'GENERAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PATROL')",
				id, "T91" + id.toString().substring(32), step, ts(opened), grid, level, light, departments, reports,
				rework, satisfaction, ts(closed), ts(due), ts(accountability));
		jdbc.update("insert into case_step_log (case_id, step, entered_at, left_at) values (?, 'REPORT', ?, ?)", id,
				ts(opened), ts(opened.plusMinutes(30)));
	}

	private static void register(JdbcTemplate jdbc, UUID id, LocalDateTime entered, LocalDateTime left) {
		jdbc.update("insert into case_step_log (case_id, step, entered_at, left_at) values (?, 'REGISTER', ?, ?)", id,
				ts(entered), ts(left));
	}

	private static void escalate(JdbcTemplate jdbc, UUID id, String from, String to, LocalDateTime at) {
		jdbc.update("insert into case_escalation (case_id, from_level, to_level, cause, skipped, escalated_at)"
				+ " values (?, ?, ?, 'TIMEOUT', '', ?)", id, from, to, ts(at));
	}

}
