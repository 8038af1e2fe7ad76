package org.gridcase.platform.database;

import java.util.List;

import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EngineSchemaMigrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void flywayOwnsEngineSchemaAndOurTables() {
		List<String> applied = this.jdbc.queryForList(
				"select version from flyway_schema_history where success order by installed_rank", String.class);
		assertThat(applied).startsWith("1", "2", "3");
		assertThat(this.jdbc.queryForList("select version_ from act_ge_schema_log", String.class))
			.containsExactly("7.24.0");
		assertThat(this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public'", String.class))
			.contains("act_ru_task", "act_hi_procinst", "act_id_user", "act_re_camformdef", "case_record");
	}

	@Test
	void subtaskLookupOnCompletionIsIndexed() {
		List<String> definitions = this.jdbc.queryForList(
				"select indexdef from pg_indexes where tablename = 'act_ru_task'", String.class);
		assertThat(definitions).anySatisfy(definition -> assertThat(definition.toLowerCase())
			.contains("gc_idx_task_parent_task_id")
			.endsWith("(parent_task_id_)"));
	}

}
