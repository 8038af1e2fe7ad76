package org.gridcase.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gridcase.cases.CaseStep;
import org.gridcase.catalogue.Catalogue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The running cases behind a cell of the light board, most urgent first. */
@Component
class RunningCases {

	private final JdbcTemplate jdbc;

	private final Catalogue catalogue;

	RunningCases(JdbcTemplate jdbc, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	record RunningCase(UUID id, String trackingNumber, String issueType, String issueTypeLabel, String gridCode,
			String step, String stepLabel, String light, Instant openedAt, Instant stepDueAt, Instant caseDueAt) {
	}

	record Page(long total, int page, int size, List<RunningCase> cases) {
	}

	@Transactional(readOnly = true)
	Page page(String placeCode, String departmentCode, String light, int page, int size) {
		StringBuilder where = new StringBuilder(" from supervision_case c where c.closed_at is null and c.grid_code like ?");
		List<Object> args = new ArrayList<>(List.of(placeCode + "%"));
		if (departmentCode != null) {
			where.append(" and (',' || c.dispatched_departments || ',') like ?");
			args.add("%," + departmentCode + ",%");
		}
		if (light != null) {
			where.append(" and c.light = ?");
			args.add(light);
		}
		Long total = this.jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(size);
		pageArgs.add((long) page * size);
		List<RunningCase> cases = this.jdbc.query("select c.id, c.tracking_number, c.issue_type, c.grid_code, c.step,"
				+ " c.light, c.opened_at, c.step_due_at, c.case_due_at" + where
				+ " order by case c.light when 'RED' then 0 when 'YELLOW' then 1 else 2 end, c.step_due_at nulls last, c.opened_at"
				+ " limit ? offset ?", (row, n) -> new RunningCase(row.getObject("id", UUID.class),
						row.getString("tracking_number"), row.getString("issue_type"),
						this.catalogue.issueTypeName(row.getString("issue_type")), row.getString("grid_code"), row.getString("step"),
						CaseStep.valueOf(row.getString("step")).label(), row.getString("light"),
						instant(row.getTimestamp("opened_at")), instant(row.getTimestamp("step_due_at")),
						instant(row.getTimestamp("case_due_at"))),
				pageArgs.toArray());
		return new Page(total == null ? 0 : total, page, size, cases);
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
