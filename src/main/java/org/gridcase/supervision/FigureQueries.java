package org.gridcase.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link Figures} as defined in {@code docs/supervision-figures.md} from the case facts
 * {@code supervision_case_fact} ({@link CaseFacts}): one pass over the facts of the cases with
 * any instant in the period (opened, registered, ended, due, review started; one index per
 * instant, OR-ed) counting every figure, plus the period's escalations (their own facts,
 * {@code supervision_escalation_fact}) and accountability findings (the audit trail). Handling times are the facts' working minutes, kept
 * right for the calendar by {@link SupervisionWorkingDays}.
 */
@Component
class FigureQueries {

	private static final String SATISFIED = "('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')";

	private static final String OPENED = "c.opened_at >= :start and c.opened_at < :end";

	private static final String REGISTERED = "c.registered_at >= :start and c.registered_at < :end";

	private static final String ENDED = "c.ended_at >= :start and c.ended_at < :end";

	private static final String CLOSED = ENDED + " and c.outcome = 'CLOSED'";

	private static final String DUE = "c.case_due_at >= :start and c.case_due_at < :end";

	private static final String OVERDUE = DUE + " and c.outcome is distinct from 'REJECTED'"
			+ " and (c.ended_at is null or c.ended_at > c.case_due_at)";

	private static final String REVIEWED = "c.accountability_started_at >= :start and c.accountability_started_at < :end";

	private static final String FIGURES = "count(*) filter (where " + OPENED + ") as opened,"
			+ " coalesce(sum(c.report_count) filter (where " + OPENED + "), 0) as reports,"
			+ " count(*) filter (where " + REGISTERED + ") as registered,"
			+ " count(*) filter (where " + REGISTERED + " and c.outcome = 'CLOSED' and c.ended_at < :end) as closed_by_end,"
			+ " count(*) filter (where " + ENDED + " and c.outcome = 'REJECTED') as rejected,"
			+ " count(*) filter (where " + CLOSED + ") as closed,"
			+ " count(*) filter (where " + CLOSED + " and (c.case_due_at is null or c.ended_at <= c.case_due_at)) as on_time,"
			+ " count(*) filter (where " + CLOSED + " and c.reworked) as reworked,"
			+ " count(*) filter (where " + CLOSED + " and c.solved_in_grid) as in_grid,"
			+ " count(*) filter (where " + CLOSED + " and c.dispatched_departments like '%,%') as joint,"
			+ " count(*) filter (where " + CLOSED + " and c.satisfaction is not null and c.satisfaction <> 'UNREACHABLE') as answered,"
			+ " count(*) filter (where " + CLOSED + " and c.satisfaction in " + SATISFIED + ") as satisfied,"
			+ " avg(c.handling_minutes) filter (where " + CLOSED + ") as avg_minutes,"
			+ " percentile_cont(0.9) within group (order by c.handling_minutes) filter (where " + CLOSED + ") as p90_minutes,"
			+ " count(*) filter (where " + OVERDUE + ") as overdue,"
			+ " count(*) filter (where " + REVIEWED + ") as reviews";

	/** The cases any figure counts (each OR-ed part has its index; a group is a group with a count). */
	private static final String COUNTED = "(" + OPENED + " or " + REGISTERED + " or " + ENDED + " or " + OVERDUE + " or "
			+ REVIEWED + ")";

	private static final String FINDING = " join audit_event f on f.case_id = c.case_id and f.type = 'TASK_COMPLETED'"
			+ " and (f.data::jsonb ->> 'taskDefinitionKey') = 'Activity_RecordFinding'"
			+ " where f.occurred_at >= :start and f.occurred_at < :end"
			+ " and coalesce(f.data::jsonb -> 'formValues' ->> 'finding', 'NO_FAULT') <> 'NO_FAULT'";

	private final NamedParameterJdbcTemplate jdbc;

	FigureQueries(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
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
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("start", Timestamp.from(period.start()));
		parameters.put("end", Timestamp.from(period.end()));
		String cases = " from supervision_case_fact c" + grouping.join();
		this.jdbc.query("select " + grouping.key() + " as key, " + FIGURES + cases + " where " + COUNTED
				+ " and " + scope.where() + " group by 1", parameters, (ResultSet row) -> read(row,
						tallies.computeIfAbsent(row.getString("key"), key -> new Tally())));
		this.jdbc.query("select " + grouping.key() + " as key, c.to_level, count(*) as climbs from supervision_escalation_fact c"
				+ grouping.join() + " where c.escalated_at >= :start and c.escalated_at < :end and " + scope.where()
				+ " group by 1, 2", parameters, (ResultSet row) -> {
					tallies.computeIfAbsent(row.getString("key"), key -> new Tally()).escalations
						.merge(row.getString("to_level"), row.getLong("climbs"), Long::sum);
				});
		this.jdbc.query("select " + grouping.key() + " as key, count(*) as findings" + cases + FINDING + " and "
				+ scope.where() + " group by 1", parameters, (ResultSet row) -> {
					tallies.computeIfAbsent(row.getString("key"), key -> new Tally()).findings = row.getLong("findings");
				});
		return tallies;
	}

	private static void read(ResultSet row, Tally tally) throws SQLException {
		tally.opened = row.getLong("opened");
		tally.reports = row.getLong("reports");
		tally.registered = row.getLong("registered");
		tally.registeredClosedByEnd = row.getLong("closed_by_end");
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
		tally.overdue = row.getLong("overdue");
		tally.accountabilityReviews = row.getLong("reviews");
	}

}
