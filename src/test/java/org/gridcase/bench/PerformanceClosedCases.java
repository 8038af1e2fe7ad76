package org.gridcase.bench;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The performance benchmark's closed cases, written straight into the case tables with SQL in
 * the shape the application leaves a finished case there (a closed {@code case_record}, its
 * register, handling and verification steps in {@code case_step_log}), spread over the demo
 * district's grids and over the two years before now. Not through the engine: lists of cases
 * read {@code case_record}, a worker's task list reads the engine's running tasks only, so the
 * closed cases' engine history is left out. Tracking numbers {@code PB…} mark them.
 */
final class PerformanceClosedCases {

	private static final int BATCH = 100_000;

	private final JdbcTemplate jdbc;

	PerformanceClosedCases(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	long seeded() {
		return this.jdbc.queryForObject("select count(*) from case_record where tracking_number like 'PB%'", Long.class);
	}

	/** Adds closed cases until {@code total} are seeded; returns how many were added. */
	long seedUpTo(long total) {
		long first = seeded();
		if (first >= total) {
			return 0;
		}
		int grids = this.jdbc.queryForObject("select count(*) from grid where level = 'GRID'", Integer.class);
		long started = System.nanoTime();
		for (long from = first; from < total; from += BATCH) {
			long to = Math.min(total, from + BATCH);
			this.jdbc.update("""
					insert into case_record (id, tracking_number, issue_type, description, step, opened_at, version, grid_code,
					    severity, handling_level, light, dispatched_departments, report_count, rework_count, satisfaction,
					    closed_at, case_due_at, channel)
					select md5('pb' || i)::uuid, 'PB' || i, (array['SANITATION','PAVEMENT_OCCUPATION','DISPUTE','ILLEGAL_CONSTRUCTION'])[1 + i % 4],
					       '性能基准已结案件：路口东北角暴露垃圾，已清理', 'CLOSED', o.opened, 3, g.code, 'GENERAL',
					       (array['GRID','GRID','GRID','GRID','GRID','GRID','GRID','COMMUNITY','STREET','DEPARTMENT'])[1 + i % 10],
					       'GREEN', case when i % 10 = 9 then 'URBAN_MANAGEMENT' else '' end, 1 + (i % 7 = 0)::int, (i % 13 = 0)::int,
					       (array['VERY_SATISFIED','SATISFIED','SATISFIED','DISSATISFIED','UNREACHABLE'])[1 + i % 5],
					       o.opened + (2 + i % 200) * interval '1 hour', o.opened + interval '14 days',
					       (array['PATROL','PATROL','HOTLINE_12345','MOBILE_APP','WEB'])[1 + i % 5]
					  from generate_series(?::bigint, ?::bigint - 1) i
					  join (select row_number() over (order by code) - 1 as n, code from grid where level = 'GRID') g on g.n = i % ?
					  cross join lateral (select now() - interval '730 days' + (i % 1000003) * interval '63 seconds' as opened) o
					""", from, to, grids);
			this.jdbc.update("""
					insert into case_step_log (case_id, step, entered_at, left_at)
					select md5('pb' || i)::uuid, s.step, o.opened + s.after * interval '1 minute', o.opened + (s.after + 50) * interval '1 minute'
					  from generate_series(?::bigint, ?::bigint - 1) i
					  cross join lateral (select now() - interval '730 days' + (i % 1000003) * interval '63 seconds' as opened) o
					  cross join (values ('REGISTER', 10), ('HANDLE', 60), ('VERIFY_CLOSE', 115)) s(step, after)
					""", from, to);
			System.out.printf("  closed cases seeded: %,d (%.0f s)%n", to, (System.nanoTime() - started) / 1e9);
		}
		this.jdbc.execute("analyze case_record");
		this.jdbc.execute("analyze case_step_log");
		System.out.printf("  %,d closed cases seeded and analyzed in %.0f s%n", total - first, (System.nanoTime() - started) / 1e9);
		return total - first;
	}

}
