package org.gridcase.audit.process;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.IntegrationTest;
import org.gridcase.SqlStatements;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A completion's audit event records what the task's form let the person submit; the form of a
 * deployment is looked up and read once, not on every completion (issue 13).
 */
@IntegrationTest
class DeclaredFormFieldsTests {

	@Autowired
	CaseManagement cases;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordsTheFormsFieldsAndReadsEachDeployedFormOnlyOnce() {
		complete(sortingTaskOf(openCase("井盖缺失")));
		CaseId second = openCase("路灯不亮");
		Task sorting = sortingTaskOf(second);

		try (SqlStatements sql = SqlStatements.record()) {
			complete(sorting);

			long formReads = sql.matching(text -> text.contains("act_re_camformdef")).size();
			long formResourceReads = sql
				.matching(text -> text.contains("from act_ge_bytearray") && text.contains("deployment_id_"))
				.size();
			System.out.printf("DeclaredFormFields, one completion: %d form definition reads, %d form resource reads%n",
					formReads, formResourceReads);
			assertThat(formReads).isZero();
			assertThat(formResourceReads).isZero();
		}
		assertThat(this.jdbc.queryForList("select data from audit_event where case_id = ? and type = 'TASK_COMPLETED'",
				String.class, second.value()))
			.singleElement()
			.asString()
			.contains("formValues", "sortingNote", "属实，已定位");
	}

	private CaseId openCase(String description) {
		return this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, description));
	}

	private Task sortingTaskOf(CaseId id) {
		String trackingNumber = this.cases.findCase(id).orElseThrow().trackingNumber();
		return this.tasks.createTaskQuery()
			.processDefinitionKey("CaseLifecycleProcess")
			.processInstanceBusinessKey(trackingNumber)
			.singleResult();
	}

	private void complete(Task task) {
		this.tasks.complete(task.getId(), Map.of("sortingNote", "属实，已定位"));
	}

}
