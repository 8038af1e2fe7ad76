package org.gridcase.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gridcase.shared.District;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The figures' definitions of {@code docs/supervision-figures.md} read straight from the case
 * tables (the view {@code supervision_case}, {@code case_step_log}, {@code case_escalation},
 * {@code audit_event}), one SQL query per time anchor: how GridCase computed them on every request
 * before the case facts (V33). {@link SupervisionFactsTests} holds {@link FigureQueries} to these.
 */
final class CaseTableFigures {

	/** The cases as the figures' queries see them ({@code c.case_id} as on the facts). */
	private static final String CASES = "(select v.*, v.id as case_id from supervision_case v) c";

	private static final String SATISFIED = "('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')";

	private final NamedParameterJdbcTemplate jdbc;

	CaseTableFigures(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
	}

	/** The figures of each group of the scope's cases that has any. */
	Map<String, Figures> grouped(CaseScope scope, Period period, Grouping grouping) {
		Map<String, Figures> figures = new LinkedHashMap<>();
		tallies(scope, period, grouping).forEach((key, tally) -> figures.put(key, Figures.of(tally)));
		return figures;
	}

	Map<String, Tally> tallies(CaseScope scope, Period period, Grouping grouping) {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		Timestamp start = Timestamp.from(period.start());
		Timestamp end = Timestamp.from(period.end());
		String zone = "'" + District.ZONE.getId().replace("'", "''") + "'";
		query(tallies, scope, grouping, "count(*) as opened, coalesce(sum(c.report_count), 0) as reports", "",
				"c.opened_at >= :start and c.opened_at < :end", start, end, (row, tally) -> {
					tally.opened = row.getLong("opened");
					tally.reports = row.getLong("reports");
				});
		query(tallies, scope, grouping, "count(*) filter (where c.step = 'REJECTED') as rejected,"
				+ " count(*) filter (where c.step = 'CLOSED') as closed,"
				+ " count(*) filter (where c.step = 'CLOSED' and (c.case_due_at is null or c.closed_at <= c.case_due_at)) as on_time,"
				+ " count(*) filter (where c.step = 'CLOSED' and c.rework_count > 0) as reworked,"
				+ " count(*) filter (where c.step = 'CLOSED' and c.handling_level = 'GRID') as in_grid,"
				+ " count(*) filter (where c.step = 'CLOSED' and c.dispatched_departments like '%,%') as joint,"
				+ " count(*) filter (where c.step = 'CLOSED' and c.satisfaction is not null and c.satisfaction <> 'UNREACHABLE') as answered,"
				+ " count(*) filter (where c.step = 'CLOSED' and c.satisfaction in " + SATISFIED + ") as satisfied,"
				+ " avg(w.minutes) filter (where c.step = 'CLOSED') as avg_minutes,"
				+ " percentile_cont(0.9) within group (order by w.minutes) filter (where c.step = 'CLOSED') as p90_minutes",
				" left join supervision_working_day od on od.day = (c.opened_at at time zone " + zone + ")::date"
						+ " left join supervision_working_day cd on cd.day = (c.closed_at at time zone " + zone + ")::date"
						+ " cross join lateral (select " + workingMinutes("c.closed_at", "cd", zone) + " - "
						+ workingMinutes("c.opened_at", "od", zone) + " as minutes) w",
				"c.closed_at >= :start and c.closed_at < :end", start, end, (row, tally) -> {
					tally.rejected = row.getLong("rejected");
					tally.closed = row.getLong("closed");
					tally.closedOnTime = row.getLong("on_time");
					tally.reworked = row.getLong("reworked");
					tally.solvedInGrid = row.getLong("in_grid");
					tally.jointEnforcements = row.getLong("joint");
					tally.answered = row.getLong("answered");
					tally.satisfied = row.getLong("satisfied");
					tally.avgHandlingMinutes = row.getObject("avg_minutes") == null ? null : row.getDouble("avg_minutes");
					tally.p90HandlingMinutes = row.getObject("p90_minutes") == null ? null : row.getDouble("p90_minutes");
				});
		query(tallies, scope, grouping, "count(*) as registered,"
				+ " count(*) filter (where c.step = 'CLOSED' and c.closed_at < :end) as closed_by_end",
				" join case_step_log r on r.case_id = c.case_id and r.step = 'REGISTER'",
				"r.left_at >= :start and r.left_at < :end and not (c.step = 'REJECTED' and c.closed_at = r.left_at)",
				start, end, (row, tally) -> {
					tally.registered = row.getLong("registered");
					tally.registeredClosedByEnd = row.getLong("closed_by_end");
				});
		query(tallies, scope, grouping, "count(*) as overdue", "",
				"c.case_due_at >= :start and c.case_due_at < :end and c.step <> 'REJECTED'"
						+ " and (c.closed_at is null or c.closed_at > c.case_due_at)",
				start, end, (row, tally) -> tally.overdue = row.getLong("overdue"));
		query(tallies, scope, grouping, "count(*) as reviews", "",
				"c.accountability_started_at >= :start and c.accountability_started_at < :end",
				start, end, (row, tally) -> tally.accountabilityReviews = row.getLong("reviews"));
		query(tallies, scope, grouping, "count(*) as findings",
				" join audit_event f on f.case_id = c.case_id and f.type = 'TASK_COMPLETED'"
						+ " and (f.data::jsonb ->> 'taskDefinitionKey') = 'Activity_RecordFinding'",
				"f.occurred_at >= :start and f.occurred_at < :end"
						+ " and coalesce(f.data::jsonb -> 'formValues' ->> 'finding', 'NO_FAULT') <> 'NO_FAULT'",
				start, end, (row, tally) -> tally.findings = row.getLong("findings"));
		escalations(tallies, scope, grouping, start, end);
		return tallies;
	}

	/**
	 * W(t): working minutes from the first day of {@code supervision_working_day} to t, given t's
	 * day row: the minutes before the day plus t's minutes inside office hours on a working day.
	 * Inline SQL (a join per instant), not a function called per row.
	 */
	private static String workingMinutes(String instant, String day, String zone) {
		String local = "(" + instant + " at time zone " + zone + ")::time";
		return "(" + day + ".minutes_before + case when " + day + ".working then least(greatest(extract(epoch from ("
				+ local + " - " + day + ".office_start)) / 60, 0), extract(epoch from (" + day + ".office_end - " + day
				+ ".office_start)) / 60) else 0 end)";
	}

	private void escalations(Map<String, Tally> tallies, CaseScope scope, Grouping grouping, Timestamp start,
			Timestamp end) {
		this.jdbc.query("select " + grouping.key() + " as key, e.to_level, count(*) as climbs from " + CASES
				+ grouping.join() + " join case_escalation e on e.case_id = c.case_id"
				+ " where e.escalated_at >= :start and e.escalated_at < :end and " + scope.where() + " group by 1, 2",
				parameters(scope, start, end), (ResultSet row) -> {
					tallies.computeIfAbsent(row.getString("key"), key -> new Tally()).escalations
						.merge(row.getString("to_level"), row.getLong("climbs"), Long::sum);
				});
	}

	private static Map<String, Object> parameters(CaseScope scope, Timestamp start, Timestamp end) {
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("start", start);
		parameters.put("end", end);
		return parameters;
	}

	private void query(Map<String, Tally> tallies, CaseScope scope, Grouping grouping, String aggregates, String join,
			String anchor, Timestamp start, Timestamp end, RowReader reader) {
		String sql = "select " + grouping.key() + " as key, " + aggregates + " from " + CASES + grouping.join()
				+ join + " where " + anchor + " and " + scope.where() + " group by 1";
		this.jdbc.query(sql, parameters(scope, start, end), (ResultSet row) -> {
			try {
				reader.accept(row, tallies.computeIfAbsent(row.getString("key"), key -> new Tally()));
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@FunctionalInterface
	private interface RowReader {

		void accept(ResultSet row, Tally tally) throws SQLException;

	}

}
