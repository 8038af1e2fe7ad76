package org.gridcase.cases.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.cases.CaseId;
import org.gridcase.deadlines.Light;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.gridcase.EngineClockFixtures.fireTimersDueBy;

/**
 * Light timers: one per task and one per case at a time, removed with their task in the
 * transaction that completes or cancels it, none left when the case ends.
 */
class LightTimersTests extends CaseProcessTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyCompletedTaskTakesItsLightTimerAlongAndAClosedCaseLeavesNoJob() {
		CaseId id = openSanitationCase();
		String key = businessKeyOf(id);
		ProcessInstance lifecycle = lifecycleOf(id);
		assertThat(caseLightTimers(id)).hasSize(1);

		completeAndCheck(key, task(lifecycle), Map.of("sortingNote", "属实，位置准确，非重复"));
		completeAndCheck(key, task(lifecycle), Map.of("registerDecision", "REGISTER"));
		completeAndCheck(key, task(calledProcessInstance(lifecycle)), Map.of("handlingResult", "已组织清运", "solvedHere", "YES"));
		completeAndCheck(key, task(lifecycle), Map.of("feedbackResult", "垃圾已清运完毕"));
		completeAndCheck(key, task(lifecycle), Map.of("problemFixed", "YES", "verificationNote", "现场已清理干净"));
		completeAndCheck(key, task(lifecycle), Map.of("satisfaction", "SATISFIED"));

		assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from act_ru_job j join act_hi_procinst p on p.id_ = j.process_instance_id_
				where p.business_key_ = ?""").param(key).query(Long.class).single()).isZero();
	}

	@Test
	void theYellowTimerSchedulesTheRedOneWhichIsTheLast() {
		CaseId id = openSanitationCase();
		Task sort = task(lifecycleOf(id));
		assertThat(lightTimersOf(sort)).singleElement().asString().endsWith(":YELLOW:" + sort.getDueDate().getTime());

		fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-11-23T10:40");
		assertThat(taskService().getVariableLocal(sort.getId(), "light")).isEqualTo("YELLOW");
		assertThat(lightTimersOf(sort)).singleElement().asString().endsWith(":RED");

		fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-11-23T11:01");
		assertThat(taskService().getVariableLocal(sort.getId(), "light")).isEqualTo("RED");
		assertThat(lightTimersOf(sort)).isEmpty();
		assertThat(this.cases.findCase(id).orElseThrow().light()).isEqualTo(Light.RED);
	}

	@Test
	void aYellowTimerFiringPastTheRedTimeTurnsBothLightsAsTwoTimersWould() {
		CaseId id = openSanitationCase();
		Task sort = task(lifecycleOf(id));

		// the sort step (2 working hours) and the whole case (10 working days) are both overdue
		int fired = fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-12-09T09:00");

		assertThat(fired).isEqualTo(2);
		assertThat(taskService().getVariableLocal(sort.getId(), "light")).isEqualTo("RED");
		assertThat(this.cases.findCase(id).orElseThrow().light()).isEqualTo(Light.RED);
		assertThat(this.jdbc.sql("select data from audit_event where case_id = ? and type = 'LIGHT_TURNED' order by sequence")
			.param(id.value())
			.query(String.class)
			.list()).hasSize(2).first().asString().contains("\"to\":\"YELLOW\"");
		assertThat(lightTimersOf(sort)).isEmpty();
		assertThat(caseLightTimers(id)).isEmpty();
		assertThat(runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(AccountabilityReviewProcessVariables.PROCESS_ID)
			.processInstanceBusinessKey(businessKeyOf(id))
			.count()).isEqualTo(1);
	}

	@Test
	void aTaskCancelledByItsEscalationTimerTakesItsLightTimerAlong() {
		CaseId id = openSanitationCase();
		ProcessInstance lifecycle = lifecycleOf(id);
		complete(task(lifecycle), Map.of("sortingNote", "属实"));
		complete(task(lifecycle), Map.of("registerDecision", "REGISTER"));
		ProcessInstance handling = calledProcessInstance(lifecycle);
		Task inGrid = task(handling);

		fireTimersDueBy(this.processEngine, businessKeyOf(id), "2026-11-24T09:00");

		Task inCommunity = task(handling);
		assertThat(inCommunity.getTaskDefinitionKey()).isEqualTo("Activity_HandleInCommunity");
		assertThat(lightTimersOf(inGrid)).isEmpty();
		assertThat(lightTimersOf(inCommunity)).hasSize(1);
		assertThat(orphanLightTimers(businessKeyOf(id))).isZero();
	}

	@Test
	void aDeletedCaseInstanceLeavesNoLightTimer() {
		CaseId id = openSanitationCase();
		String key = businessKeyOf(id);
		ProcessInstance lifecycle = lifecycleOf(id);
		complete(task(lifecycle), Map.of("sortingNote", "属实"));
		complete(task(lifecycle), Map.of("registerDecision", "REGISTER"));

		runtimeService().deleteProcessInstance(lifecycle.getId(), "测试：撤销案件");

		assertThat(this.jdbc.sql("""
				select count(*) from act_ru_job j join act_hi_procinst p on p.id_ = j.process_instance_id_
				where p.business_key_ = ?""").param(key).query(Long.class).single()).isZero();
	}

	private void completeAndCheck(String key, Task task, Map<String, Object> values) {
		assertThat(lightTimersOf(task)).as("light timer of %s", task.getName()).hasSize(1);
		complete(task, values);
		assertThat(lightTimersOf(task)).as("light timer of %s once completed", task.getName()).isEmpty();
		assertThat(orphanLightTimers(key)).isZero();
	}

	private List<String> lightTimersOf(Task task) {
		return this.jdbc.sql("select handler_cfg_ from act_ru_job where handler_type_ = 'gridcase-light' and handler_cfg_ like ?")
			.param(LightTimer.prefixOf(task.getId()) + "%")
			.query(String.class)
			.list();
	}

	private List<String> caseLightTimers(CaseId id) {
		return this.jdbc.sql("select handler_cfg_ from act_ru_job where handler_type_ = 'gridcase-light' and handler_cfg_ like ?")
			.param("CASE::" + id + ":%")
			.query(String.class)
			.list();
	}

	/** Light timers of the case's instances whose task is gone. */
	private long orphanLightTimers(String businessKey) {
		return this.jdbc.sql("""
				select count(*) from act_ru_job j join act_ru_execution p on p.id_ = j.process_instance_id_
				where p.business_key_ = ? and j.handler_type_ = 'gridcase-light' and j.handler_cfg_ like 'TASK:%'
				and not exists (select 1 from act_ru_task t where t.id_ = split_part(j.handler_cfg_, ':', 2))""")
			.param(businessKey)
			.query(Long.class)
			.single();
	}

	private CaseId openSanitationCase() {
		return CaseProcessFixtures.openCase(this.cases, "SANITATION", "顺河路东段人行道堆放生活垃圾");
	}

	private ProcessInstance lifecycleOf(CaseId id) {
		return CaseProcessFixtures.lifecycleOf(runtimeService(), id);
	}

	private String businessKeyOf(CaseId id) {
		return CaseProcessFixtures.businessKeyOf(runtimeService(), id);
	}

}
