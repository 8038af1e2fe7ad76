package org.gridcase.bench;

import javax.sql.DataSource;

import org.gridcase.shared.District;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds the supervision benchmark's cases straight into the case tables with SQL
 * ({@code generate_series}, not through the engine: supervision reads history only): cases
 * opened evenly over the twelve months from 2025-11-01, in the demo district's grids; 96%
 * closed, 1% rejected, 3% running with every light; a REGISTER step each, one in ten climbed
 * once, one in fifty twice, one in twenty sent to two departments. Tracking numbers
 * {@code SB…} mark them. Their supervision facts ({@code supervision_case_fact}) are written by the
 * same database function the app calls when a case changes.
 */
final class SupervisionSeed {

	private final JdbcTemplate jdbc;

	SupervisionSeed(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	long seeded() {
		return this.jdbc.queryForObject("select count(*) from case_record where tracking_number like 'SB%'", Long.class);
	}

	void seed(int cases) {
		this.jdbc.execute("create temporary table bench_grid as select row_number() over (order by code) - 1 as n, code"
				+ " from grid where level = 'GRID'");
		int grids = this.jdbc.queryForObject("select count(*) from bench_grid", Integer.class);
		this.jdbc.update("""
				insert into case_record (id, tracking_number, issue_type, description, step, opened_at, version, grid_code,
				    severity, handling_level, light, dispatched_departments, report_count, rework_count, satisfaction,
				    closed_at, case_due_at, accountability_started_at, channel)
				select md5('sb' || i)::uuid, 'SB' || i, (array['SANITATION','PAVEMENT_OCCUPATION','DISPUTE','ILLEGAL_CONSTRUCTION'])[1 + i % 4],
				       '考核基准案件', s.step, s.opened, 0, g.code, 'GENERAL',
				       (array['GRID','GRID','GRID','GRID','GRID','GRID','GRID','COMMUNITY','STREET','DEPARTMENT'])[1 + i % 10],
				       case when s.step = 'HANDLE' then (array['GREEN','YELLOW','RED'])[1 + i % 3] else 'GREEN' end,
				       case when i % 20 = 0 then 'URBAN_MANAGEMENT,WORK_SAFETY' when i % 10 = 7 then 'URBAN_MANAGEMENT' else '' end,
				       1 + (i % 7 = 0)::int, (i % 13 = 0)::int,
				       case when s.step = 'CLOSED' then (array['VERY_SATISFIED','SATISFIED','SATISFIED','DISSATISFIED','UNREACHABLE'])[1 + i % 5] end,
				       case when s.step <> 'HANDLE' then s.opened + (i % 240) * interval '1 hour' end,
				       s.opened + interval '14 days',
				       case when i % 50 = 0 then s.opened + interval '14 days' end, 'PATROL'
				  from generate_series(0, ? - 1) i
				  join bench_grid g on g.n = i % ?
				  cross join lateral (select timestamptz '2025-11-01 00:00+08' + (i::double precision / ?) * interval '365 days' as opened,
				       case when i % 100 = 0 then 'REJECTED' when i % 100 in (1, 2, 3) then 'HANDLE' else 'CLOSED' end as step) s
				""", cases, grids, cases);
		this.jdbc.update("""
				insert into case_step_log (case_id, step, entered_at, left_at)
				select id, 'REGISTER', opened_at + interval '10 minutes',
				       case when step = 'REJECTED' then closed_at else opened_at + interval '1 hour' end
				  from case_record where tracking_number like 'SB%'
				""");
		this.jdbc.update("""
				insert into case_escalation (case_id, from_level, to_level, cause, skipped, escalated_at)
				select id, 'GRID', 'COMMUNITY', 'TIMEOUT', '', opened_at + interval '1 day'
				  from case_record where tracking_number like 'SB%' and handling_level <> 'GRID'
				union all
				select id, 'COMMUNITY', 'STREET', 'UNRESOLVED', '', opened_at + interval '2 days'
				  from case_record where tracking_number like 'SB%' and handling_level in ('STREET', 'DEPARTMENT')
				""");
		this.jdbc.execute("analyze case_record");
		this.jdbc.execute("analyze case_step_log");
		this.jdbc.execute("analyze case_escalation");
		// the cases' facts, written as the app writes them when a case changes (supervision's CaseFacts)
		this.jdbc.query("select supervision_refresh_case_facts(array(select id from case_record where tracking_number like 'SB%'), ?)",
				row -> {
				}, District.ZONE.getId());
		this.jdbc.execute("analyze supervision_case_fact");
		this.jdbc.execute("analyze supervision_escalation_fact");
	}

}
