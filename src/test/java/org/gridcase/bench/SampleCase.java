package org.gridcase.bench;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A seeded finished case the benchmark asks about: its id, tracking number, grid, the day it
 * opened, its root process instance and that instance's definition and its called instance.
 */
record SampleCase(UUID caseId, String trackingNumber, String gridCode, String openedDay, String rootInstanceId,
		String rootDefinitionId, String calledInstanceId, List<String> taskIds) {

	static List<SampleCase> pick(JdbcTemplate jdbc, int count) {
		List<SampleCase> picked = jdbc.query("""
				select c.case_id, c.tracking, c.grid, to_char(r.opened_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day,
				       p.id_ as root, p.proc_def_id_ as definition,
				       (select s.id_ from act_hi_procinst s where s.super_process_instance_id_ = p.id_ limit 1) as called
				  from bench_copy c
				  join case_record r on r.id = c.case_id
				  join act_hi_procinst p on p.business_key_ = c.tracking and p.super_process_instance_id_ is null
				 where c.n % (select greatest(1, count(*) / ?) from bench_copy) = 0
				 limit ?""", (row, i) -> new SampleCase(row.getObject("case_id", UUID.class), row.getString("tracking"),
				row.getString("grid"), row.getString("day"), row.getString("root"), row.getString("definition"),
				row.getString("called"), List.of()), count, count);
		return picked.stream()
			.map(sample -> new SampleCase(sample.caseId(), sample.trackingNumber(), sample.gridCode(), sample.openedDay(),
					sample.rootInstanceId(), sample.rootDefinitionId(), sample.calledInstanceId(),
					jdbc.queryForList("select id_ from act_hi_taskinst where proc_inst_id_ = ?", String.class,
							sample.rootInstanceId())))
			.toList();
	}

}
