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
 * The engine indexes V47 made partial (only rows whose column is set: issue 13, index entries per
 * case) still serve the engine's queries: a column compared with a parameter ({@code = ?}, and
 * {@code <= ?} for removal times), in the generic plan PostgreSQL may keep for a prepared
 * statement, with sequential scans ruled out so that the plan shows whether the index can be used
 * at all, whatever the size of the test's tables.
 */
@IntegrationTest
class PartialEngineIndexPlanTests {

	record PartialIndex(String name, String table, String column) {

		String query() {
			return "select 1 from " + this.table + " where " + this.column
					+ (this.column.equals("removal_time_") ? " <= $1" : " = $1");
		}

	}

	static final List<PartialIndex> PARTIAL = List.of(
			new PartialIndex("act_idx_var_case_exe", "act_ru_variable", "case_execution_id_"),
			new PartialIndex("act_idx_var_case_inst_id", "act_ru_variable", "case_inst_id_"),
			new PartialIndex("act_idx_variable_tenant_id", "act_ru_variable", "tenant_id_"),
			new PartialIndex("act_idx_batch_id", "act_ru_variable", "batch_id_"),
			new PartialIndex("act_idx_var_bytearray", "act_ru_variable", "bytearray_id_"),
			new PartialIndex("act_idx_job_tenant_id", "act_ru_job", "tenant_id_"),
			new PartialIndex("act_idx_job_job_def_id", "act_ru_job", "job_def_id_"),
			new PartialIndex("act_idx_job_exception", "act_ru_job", "exception_stack_id_"),
			new PartialIndex("act_idx_task_tenant_id", "act_ru_task", "tenant_id_"),
			new PartialIndex("act_idx_task_case_exec", "act_ru_task", "case_execution_id_"),
			new PartialIndex("act_idx_task_case_def_id", "act_ru_task", "case_def_id_"),
			new PartialIndex("act_idx_task_owner", "act_ru_task", "owner_"),
			new PartialIndex("act_idx_exec_tenant_id", "act_ru_execution", "tenant_id_"),
			new PartialIndex("act_idx_exe_super", "act_ru_execution", "super_exec_"),
			new PartialIndex("act_idx_ident_lnk_user", "act_ru_identitylink", "user_id_"),
			new PartialIndex("act_idx_athrz_procedef", "act_ru_identitylink", "proc_def_id_"),
			new PartialIndex("act_idx_auth_rm_time", "act_ru_authorization", "removal_time_"),
			new PartialIndex("act_idx_hi_pro_inst_tenant_id", "act_hi_procinst", "tenant_id_"),
			new PartialIndex("act_idx_hi_pro_inst_rm_time", "act_hi_procinst", "removal_time_"),
			new PartialIndex("act_idx_hi_act_inst_tenant_id", "act_hi_actinst", "tenant_id_"),
			new PartialIndex("act_idx_hi_act_inst_rm_time", "act_hi_actinst", "removal_time_"),
			new PartialIndex("act_idx_hi_task_inst_tenant_id", "act_hi_taskinst", "tenant_id_"),
			new PartialIndex("act_idx_hi_task_inst_rm_time", "act_hi_taskinst", "removal_time_"),
			new PartialIndex("act_idx_hi_ident_lnk_user", "act_hi_identitylink", "user_id_"),
			new PartialIndex("act_idx_hi_ident_lnk_tenant_id", "act_hi_identitylink", "tenant_id_"),
			new PartialIndex("act_idx_hi_ident_link_rm_time", "act_hi_identitylink", "removal_time_"),
			new PartialIndex("act_idx_hi_casevar_case_inst", "act_hi_varinst", "case_inst_id_"),
			new PartialIndex("act_idx_hi_var_inst_tenant_id", "act_hi_varinst", "tenant_id_"),
			new PartialIndex("act_idx_hi_varinst_bytear", "act_hi_varinst", "bytearray_id_"),
			new PartialIndex("act_idx_hi_varinst_rm_time", "act_hi_varinst", "removal_time_"));

	@Autowired
	DataSource dataSource;

	@Test
	void everyIndexMadePartialHoldsOnlyRowsWithTheColumnSetAndStillServesAComparisonWithAParameter()
			throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local enable_seqscan = off");
				statement.execute("set local plan_cache_mode = force_generic_plan");
				for (PartialIndex index : PARTIAL) {
					assertThat(definition(statement, index)).as(index.name())
						.endsWith("(" + index.column() + ") WHERE (" + index.column() + " IS NOT NULL)");
					assertThat(genericPlan(statement, index)).as("generic plan of %s", index.query())
						.contains(index.name());
				}
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

	private static String definition(Statement statement, PartialIndex index) throws Exception {
		try (ResultSet rows = statement.executeQuery(
				"select indexdef from pg_indexes where schemaname = current_schema() and indexname = '" + index.name() + "'")) {
			return rows.next() ? rows.getString(1) : "";
		}
	}

	private static String genericPlan(Statement statement, PartialIndex index) throws Exception {
		StringBuilder plan = new StringBuilder();
		statement.execute("prepare partial_index_check as " + index.query());
		try (ResultSet rows = statement.executeQuery("explain execute partial_index_check(null)")) {
			while (rows.next()) {
				plan.append(rows.getString(1)).append('\n');
			}
		}
		statement.execute("deallocate partial_index_check");
		return plan.toString();
	}

}
