package org.gridcase.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridcase.shared.District;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link Figures} from the recorded case history, one SQL query per time anchor of
 * {@code docs/supervision-figures.md} (opened, ended, registered, due, review started,
 * escalated, finding recorded), each answered from an index on that instant.
 */
@Component
class FigureQueries {

	private static final String SATISFIED = "('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')";

	private final JdbcTemplate jdbc;

	FigureQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Figures figures(CaseScope scope, Period period) {
		return Figures.of(tallies(scope, period, Grouping.NONE).getOrDefault("", new Tally()));
	}

	/** The figures of each group of the scope's cases that has any. */
	Map<String, Figures> grouped(CaseScope scope, Period period, Grouping grouping) {
		Map<String, Figures> figures = new LinkedHashMap<>();
		tallies(scope, period, grouping).forEach((key, tally) -> figures.put(key, Figures.of(tally)));
		return figures;
	}

	@Transactional(readOnly = true)
	Map<String, Tally> tallies(CaseScope scope, Period period, Grouping grouping) {
		Map<String, Tally> tallies = new LinkedHashMap<>();
		Timestamp start = Timestamp.from(period.start());
		Timestamp end = Timestamp.from(period.end());
		String zone = District.ZONE.getId();
		query(tallies, scope, grouping, "count(*) as opened, coalesce(sum(c.report_count), 0) as reports", "",
				"c.opened_at >= ? and c.opened_at < ?", List.of(start, end), (row, tally) -> {
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
				" cross join lateral (select supervision_working_minutes(c.closed_at, ?) - supervision_working_minutes(c.opened_at, ?) as minutes) w",
				"c.closed_at >= ? and c.closed_at < ?", List.of(zone, zone, start, end), (row, tally) -> {
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
				+ " count(*) filter (where c.step = 'CLOSED' and c.closed_at < ?) as closed_by_end",
				" join case_step_log r on r.case_id = c.id and r.step = 'REGISTER'",
				"r.left_at >= ? and r.left_at < ? and not (c.step = 'REJECTED' and c.closed_at = r.left_at)",
				List.of(end, start, end), (row, tally) -> {
					tally.registered = row.getLong("registered");
					tally.registeredClosedByEnd = row.getLong("closed_by_end");
				});
		query(tallies, scope, grouping, "count(*) as overdue", "",
				"c.case_due_at >= ? and c.case_due_at < ? and c.step <> 'REJECTED'"
						+ " and (c.closed_at is null or c.closed_at > c.case_due_at)",
				List.of(start, end), (row, tally) -> tally.overdue = row.getLong("overdue"));
		query(tallies, scope, grouping, "count(*) as reviews", "",
				"c.accountability_started_at >= ? and c.accountability_started_at < ?", List.of(start, end),
				(row, tally) -> tally.accountabilityReviews = row.getLong("reviews"));
		query(tallies, scope, grouping, "count(*) as findings",
				" join audit_event f on f.case_id = c.id and f.type = 'TASK_COMPLETED'"
						+ " and (f.data::jsonb ->> 'taskDefinitionKey') = 'Activity_RecordFinding'",
				"f.occurred_at >= ? and f.occurred_at < ?"
						+ " and coalesce(f.data::jsonb -> 'formValues' ->> 'finding', 'NO_FAULT') <> 'NO_FAULT'",
				List.of(start, end), (row, tally) -> tally.findings = row.getLong("findings"));
		escalations(tallies, scope, grouping, start, end);
		return tallies;
	}

	private void escalations(Map<String, Tally> tallies, CaseScope scope, Grouping grouping, Timestamp start,
			Timestamp end) {
		List<Object> args = new ArrayList<>(List.of(start, end));
		args.addAll(scope.args());
		this.jdbc.query("select " + grouping.key() + " as key, e.to_level, count(*) as climbs from supervision_case c"
				+ grouping.join() + " join case_escalation e on e.case_id = c.id"
				+ " where e.escalated_at >= ? and e.escalated_at < ? and " + scope.where() + " group by 1, 2",
				(ResultSet row) -> {
					tallies.computeIfAbsent(row.getString("key"), key -> new Tally()).escalations
						.merge(row.getString("to_level"), row.getLong("climbs"), Long::sum);
				}, args.toArray());
	}

	private void query(Map<String, Tally> tallies, CaseScope scope, Grouping grouping, String aggregates, String join,
			String anchor, List<Object> anchorArgs, RowReader reader) {
		// arguments in the order their placeholders appear: aggregates (none but the registered
		// end), joins, anchor, scope; the registered query passes its end first for that reason
		List<Object> args = new ArrayList<>(anchorArgs);
		args.addAll(scope.args());
		String sql = "select " + grouping.key() + " as key, " + aggregates + " from supervision_case c" + grouping.join()
				+ join + " where " + anchor + " and " + scope.where() + " group by 1";
		this.jdbc.query(sql, (ResultSet row) -> {
			try {
				reader.accept(row, tallies.computeIfAbsent(row.getString("key"), key -> new Tally()));
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}, args.toArray());
	}

	@FunctionalInterface
	private interface RowReader {

		void accept(ResultSet row, Tally tally) throws SQLException;

	}

}
