package org.gridcase.grid;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries stay index-backed at city scale: 20,000 grids and 100,000 assignments, loaded in
 * a transaction that is rolled back, analyzed, and every query's plan checked for sequential
 * scans of the big tables (plans, not timings: they do not depend on the machine).
 */
@IntegrationTest
@Tag("slow")
class StaffingQueriesTests {

	private static final String BIG_STREET = "410104900";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void everyRoutingAndDirectoryQueryUsesIndexesAtCityScale() {
		this.transaction.executeWithoutResult(status -> {
			loadCity();
			String grid = BIG_STREET + "050" + "007";
			Map<String, Map<String, Object>> queries = Map.of(
					"grid by code", Map.of("code", grid),
					"grid by former code", Map.of("code", grid),
					"ancestors", Map.of("codes", List.of("410104", BIG_STREET, BIG_STREET + "050", grid)),
					"subtree", Map.of("prefix", BIG_STREET + "050%", "limit", 100, "offset", 0),
					"holders", Map.of("placeCode", grid, "role", "GRID_LEADER", "departmentCode", "",
							"today", LocalDate.now()),
					"roles of person", Map.of("username", "city12345", "today", LocalDate.now()));
			Map<String, String> sql = Map.of("grid by code", StaffingQueries.GRID_BY_CODE, "grid by former code",
					StaffingQueries.GRID_BY_FORMER_CODE, "ancestors", StaffingQueries.GRIDS_BY_CODES, "subtree",
					StaffingQueries.SUBTREE, "holders", StaffingQueries.HOLDERS, "roles of person",
					StaffingQueries.ROLES_OF_PERSON);
			sql.forEach((name, query) -> {
				String plan = String.join("\n",
						this.jdbc.sql("explain " + query).params(queries.get(name)).query(String.class).list());
				assertThat(plan).as(name + "\n" + plan)
					.doesNotContainPattern("Seq Scan on (grid|role_assignment|person|grid_former_code)\\b");
			});
			status.setRollbackOnly();
		});
	}

	private void loadCity() {
		this.jdbc.sql("insert into grid (id, code, name, level, parent_id, version) values (nextval('grid_seq'), ?, '城区', 'STREET', (select id from grid where code = '410104'), 0)")
			.param(BIG_STREET)
			.update();
		// 200 communities with 100 grids each: 20,000 grids
		this.jdbc.sql("""
				insert into grid (id, code, name, level, parent_id, version)
				select nextval('grid_seq'), ? || lpad(c::text, 3, '0'), '社区' || c, 'COMMUNITY',
				       (select id from grid where code = ?), 0
				from generate_series(1, 200) c""").params(BIG_STREET, BIG_STREET).update();
		this.jdbc.sql("""
				insert into grid (id, code, name, level, parent_id, version)
				select nextval('grid_seq'), p.code || lpad(g::text, 3, '0'), p.name || '第' || g || '网格', 'GRID', p.id, 0
				from grid p cross join generate_series(1, 100) g
				where p.code like ? and p.level = 'COMMUNITY'""").param(BIG_STREET + "%").update();
		this.jdbc.sql("""
				insert into person (id, username, name, version)
				select nextval('person_seq'), 'city' || n, '居民' || n, 0 from generate_series(1, 50000) n""").update();
		// five roles per grid: 100,000 assignments
		this.jdbc.sql("""
				insert into role_assignment (id, person_id, role, grid_id, valid_from, version)
				select nextval('role_assignment_seq'), p.id, r.role, g.id, date '2024-01-01', 0
				from (select id, row_number() over (order by id) as n from grid where level = 'GRID' and code like ?) g
				cross join (values ('GRID_LEADER', 0), ('GRID_WORKER', 1), ('INSPECTOR', 2), ('VOLUNTEER', 3),
				                   ('BUILDING_HEAD', 4)) r(role, k)
				join person p on p.username = 'city' || (((g.n * 5 + r.k) % 50000) + 1)""")
			.param(BIG_STREET + "%")
			.update();
		// grids moved once keep their former codes: 5,000 of them
		this.jdbc.sql("""
				insert into grid_former_code (code, grid_id, replaced_at)
				select '410104901' || substr(code, 10), id, now() from grid
				where level = 'GRID' and code like ? and substr(code, 13, 3)::int <= 25""")
			.param(BIG_STREET + "%")
			.update();
		assertThat(this.jdbc.sql("select count(*) from role_assignment").query(Long.class).single())
			.isGreaterThanOrEqualTo(100_000);
		assertThat(this.jdbc.sql("select count(*) from grid").query(Long.class).single()).isGreaterThanOrEqualTo(20_000);
		this.jdbc.sql("analyze grid, role_assignment, person, grid_former_code, department").update();
	}

}
