package org.gridcase.platform.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine indexes V49 dropped (issue 13, bytes per case) are gone, and each query they served
 * is served by the index that remains: a condition on the index (not a scan of the table), in the
 * generic plan PostgreSQL may keep for a prepared statement, with sequential scans ruled out so
 * that the plan shows whether an index can be used at all, whatever the size of the test's tables.
 */
@IntegrationTest
class EngineIndexesDroppedPlanTests {

	static final List<String> DROPPED = List.of("act_idx_variable_task_id", "act_idx_job_handler_type",
			"act_idx_hi_varinst_name", "act_idx_hi_procvar_proc_inst", "act_idx_hi_act_inst_start_end",
			"act_idx_hi_act_inst_end", "act_idx_hi_act_inst_proc_def_key", "act_idx_hi_act_inst_stats");

	record ServedBy(String query, String index) {
	}

	static final List<ServedBy> QUERIES = List.of(
			// a task's variables (TaskEntity.getVariables, form variables, deleting a task)
			new ServedBy("select id_ from act_ru_variable where task_id_ = $1", "act_idx_variable_task_name_type"),
			// jobs by handler type (the engine's history cleanup and batch jobs, light timers)
			new ServedBy("select id_ from act_ru_job where handler_type_ = $1", "act_idx_job_handler"),
			// historic variables by name (the auditors' search by grid; the engine's variable name filter)
			new ServedBy("select id_ from act_hi_varinst where name_ = $1", "act_idx_hi_"),
			// an instance's historic variables (Cockpit history, removal time, deletion)
			new ServedBy("select id_ from act_hi_varinst where proc_inst_id_ = $1", "act_idx_hi_var_pi_name_type"),
			// a definition's historic activity instances and their statistics
			new ServedBy("select act_id_, count(*) from act_hi_actinst where proc_def_id_ = $1 group by act_id_",
					"act_idx_hi_ai_pdefid_end_time"),
			// an instance's activity timeline (Cockpit history plugin)
			new ServedBy("select id_ from act_hi_actinst where proc_inst_id_ = $1 order by start_time_",
					"act_idx_hi_act_inst_procinst"));

	@Autowired
	DataSource dataSource;

	@Test
	void theDroppedIndexesAreGoneAndTheQueriesTheyServedUseAnotherIndex() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local enable_seqscan = off");
				statement.execute("set local plan_cache_mode = force_generic_plan");
				for (String index : DROPPED) {
					assertThat(exists(statement, index)).as(index).isFalse();
				}
				for (ServedBy served : QUERIES) {
					assertThat(genericPlan(statement, served.query())).as("generic plan of %s", served.query())
						.contains(served.index())
						.contains("Index Cond")
						.doesNotContain("Seq Scan");
				}
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

	private static boolean exists(Statement statement, String index) throws Exception {
		try (ResultSet rows = statement.executeQuery(
				"select 1 from pg_indexes where schemaname = current_schema() and indexname = '" + index + "'")) {
			return rows.next();
		}
	}

	private static String genericPlan(Statement statement, String query) throws Exception {
		StringBuilder plan = new StringBuilder();
		statement.execute("prepare dropped_index_check as " + query);
		try (ResultSet rows = statement.executeQuery("explain execute dropped_index_check(null)")) {
			while (rows.next()) {
				plan.append(rows.getString(1)).append('\n');
			}
		}
		statement.execute("deallocate dropped_index_check");
		return plan.toString();
	}

}
