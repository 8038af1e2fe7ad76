package org.gridcase.cases.process;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration.JobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridcase.EngineClockFixtures.resetClock;
import static org.gridcase.EngineClockFixtures.setClock;

/**
 * Hundreds of light timers falling due at once, fired by the real job executor (acquisition,
 * queue, workers, with the application's settings), and every task's and case's light right
 * afterwards. The cached test context runs without a job executor: this test starts one for
 * itself and holds every job that is not its own meanwhile (and the staff alerts' sending jobs).
 * <p>
 * {@code -Dtimers.overdue-cases=…} and {@code -Dtimers.yellow-cases=…} make it a measurement
 * (README "Timers").
 */
@IntegrationTest
class LightTimerJobHandlerTests {

	private static final int OVERDUE_CASES = Integer.getInteger("timers.overdue-cases", 100);

	private static final int YELLOW_CASES = Integer.getInteger("timers.yellow-cases", 150);

	private static final String HOLDER = "held-by-LightTimerJobHandlerTests";

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CamundaBpmProperties camunda;

	@Value("${gridcase.light-timers.per-transaction:1}")
	int lightTimersPerTransaction;

	/** Every case this test opened, so that its hundreds of open tasks leave the shared lists afterwards. */
	private final java.util.List<String> openedKeys = new java.util.ArrayList<>();

	@AfterEach
	void releaseOtherJobsAndResetClock() {
		this.jdbc.sql("update act_ru_job set lock_owner_ = null, lock_exp_time_ = null where lock_owner_ = ?")
			.param(HOLDER)
			.update();
		resetClock();
		java.util.List<String> instances = new java.util.ArrayList<>();
		for (String key : this.openedKeys) {
			this.engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceBusinessKey(key)
				.list()
				.stream()
				.filter(instance -> instance.getId().equals(instance.getRootProcessInstanceId()))
				.forEach(instance -> instances.add(instance.getId()));
		}
		if (!instances.isEmpty()) {
			this.engine.getRuntimeService().deleteProcessInstances(instances, "LightTimerJobHandlerTests done", true, true);
		}
	}

	@Test
	void dueLightTimersFiredByTheJobExecutorTurnEveryTaskAndCaseLightRight() throws InterruptedException {
		this.jdbc.sql("update act_ru_job set lock_owner_ = ?, lock_exp_time_ = timestamp '9999-12-31 00:00'"
				+ " where lock_owner_ is null").param(HOLDER).update();
		// opened on Monday: the sort step (2 working hours) and the whole case (10 working days) overdue
		Map<String, CaseId> overdue = open(OVERDUE_CASES, "2026-03-02T09:00");
		// opened this morning: the sort step past 80% (yellow at 10:36, red at 11:00)
		Map<String, CaseId> yellow = open(YELLOW_CASES, "2026-03-18T09:00");
		Instant now = setClock("2026-03-18T10:45");
		long due = dueLightTimers(now);

		Duration took = runJobExecutorUntilNoLightTimerIsDue(now);
		System.out.printf("timers: %d due light timers (%d overdue + %d yellow cases) fired by the job executor in %d ms"
				+ " (%.0f per s), load average %.1f%n", due, overdue.size(), yellow.size(), took.toMillis(),
				due * 1000.0 / Math.max(1, took.toMillis()), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

		assertThat(due).isEqualTo(2L * overdue.size() + yellow.size());
		assertThat(caseLights(overdue.values())).containsOnlyKeys("RED").containsEntry("RED", (long) overdue.size());
		assertThat(taskLights(overdue.keySet())).containsOnlyKeys("RED").containsEntry("RED", (long) overdue.size());
		assertThat(lightTurns(overdue.values())).isEqualTo(2L * overdue.size());
		assertThat(reviews(overdue.keySet())).isEqualTo(overdue.size());
		assertThat(caseLights(yellow.values())).containsOnlyKeys("YELLOW").containsEntry("YELLOW", (long) yellow.size());
		assertThat(taskLights(yellow.keySet())).containsOnlyKeys("YELLOW").containsEntry("YELLOW", (long) yellow.size());
		assertThat(lightTurns(yellow.values())).isEqualTo(yellow.size());
		assertThat(reviews(yellow.keySet())).isZero();
		// fired in batches: the yellow cases' records were last written by far fewer transactions than cases
		long transactions = transactionsThatLastWrote(yellow.values());
		System.out.printf("timers: the %d yellow cases turned in %d transactions%n", yellow.size(), transactions);
		if (this.lightTimersPerTransaction > 1) {
			assertThat(transactions).isLessThan(yellow.size() / 2L);
		}
		// what is left: each yellow case's red task timer (11:00) and its case timer
		assertThat(this.jdbc.sql("""
				select count(*) from act_ru_job j join act_ru_execution p on p.id_ = j.process_instance_id_
				where j.handler_type_ = 'gridcase-light' and p.business_key_ = any(string_to_array(?, ','))""")
			.param(String.join(",", yellow.keySet()))
			.query(Long.class)
			.single()).isEqualTo(2L * yellow.size());
		assertThat(this.jdbc.sql("select count(*) from act_ru_job where handler_type_ = 'gridcase-light'"
				+ " and exception_msg_ is not null").query(Long.class).single()).isZero();
	}

	private Map<String, CaseId> open(int count, String localTime) {
		setClock(localTime);
		Map<String, CaseId> opened = new java.util.LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID,
					"计时测试：人行道堆放生活垃圾 " + i));
			opened.put(CaseProcessFixtures.businessKeyOf(this.engine.getRuntimeService(), id), id);
		}
		this.openedKeys.addAll(opened.keySet());
		return opened;
	}

	/**
	 * A job executor as the application builds it (DefaultJobConfiguration, and light timers handed
	 * out in batches by {@link LightTimerJobExecutorPlugin}), started for this test.
	 */
	private Duration runJobExecutorUntilNoLightTimerIsDue(Instant now) throws InterruptedException {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		ThreadPoolTaskExecutor pool = (ThreadPoolTaskExecutor) JobConfiguration.camundaTaskExecutor(this.camunda);
		pool.initialize();
		JobExecutor jobExecutor = JobConfiguration.jobExecutor(pool, this.camunda);
		LightTimerBatches.install(jobExecutor, this.lightTimersPerTransaction);
		JobExecutor original = configuration.getJobExecutor();
		configuration.setJobExecutor(jobExecutor);
		jobExecutor.registerProcessEngine((ProcessEngineImpl) this.engine);
		long started = System.nanoTime();
		try {
			jobExecutor.start();
			long deadline = started + Duration.ofMinutes(3).toNanos();
			while (dueLightTimers(now) > 0) {
				assertThat(System.nanoTime()).as("all light timers fired within 3 minutes").isLessThan(deadline);
				holdNotifications();
				Thread.sleep(50);
			}
			return Duration.ofNanos(System.nanoTime() - started);
		}
		finally {
			jobExecutor.shutdown();
			jobExecutor.unregisterProcessEngine((ProcessEngineImpl) this.engine);
			pool.shutdown();
			configuration.setJobExecutor(original);
		}
	}

	/**
	 * The staff alerts of the light changes are sent by jobs of their own; the test profile's SMS
	 * gateway runs only for the notify tests, so they are held rather than failing here. Rows the
	 * job executor has locked meanwhile are skipped (the next round holds them), so this never
	 * waits on, nor deadlocks with, a transaction of the executor's.
	 */
	private void holdNotifications() {
		this.jdbc.sql("update act_ru_job set lock_owner_ = ?, lock_exp_time_ = timestamp '9999-12-31 00:00'"
				+ " where id_ in (select id_ from act_ru_job where handler_type_ = 'gridcase-notify'"
				+ " and lock_owner_ is null for update skip locked)").param(HOLDER).update();
	}

	private long dueLightTimers(Instant now) {
		return this.jdbc.sql("select count(*) from act_ru_job where handler_type_ = 'gridcase-light' and retries_ > 0"
				+ " and duedate_ <= ? and (lock_owner_ is null or lock_owner_ <> ?)")
			.params(Date.from(now), HOLDER)
			.query(Long.class)
			.single();
	}

	private Map<String, Long> caseLights(java.util.Collection<CaseId> ids) {
		List<String> lights = new ArrayList<>();
		this.jdbc.sql("select light from case_record where id::text = any(string_to_array(?, ','))")
			.param(ids.stream().map(CaseId::toString).collect(Collectors.joining(",")))
			.query((row, n) -> lights.add(row.getString(1)))
			.list();
		return lights.stream().collect(Collectors.groupingBy(light -> light, Collectors.counting()));
	}

	/** The light of each case's open lifecycle task (the sort step). */
	private Map<String, Long> taskLights(java.util.Collection<String> businessKeys) {
		return this.jdbc.sql("""
				select v.text_ from act_ru_variable v join act_ru_task t on t.id_ = v.task_id_
				join act_ru_execution p on p.id_ = t.proc_inst_id_
				where v.name_ = 'light' and t.task_def_key_ = 'Activity_SortAndReport'
				and p.business_key_ = any(string_to_array(?, ','))""")
			.param(String.join(",", businessKeys))
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(light -> light, Collectors.counting()));
	}

	/** How many transactions last wrote these case records (PostgreSQL's {@code xmin}). */
	private long transactionsThatLastWrote(java.util.Collection<CaseId> ids) {
		return this.jdbc.sql("select count(distinct xmin::text) from case_record where id::text = any(string_to_array(?, ','))")
			.param(ids.stream().map(CaseId::toString).collect(Collectors.joining(",")))
			.query(Long.class)
			.single();
	}

	private long lightTurns(java.util.Collection<CaseId> ids) {
		return this.jdbc.sql("select count(*) from audit_event where type = 'LIGHT_TURNED'"
				+ " and case_id::text = any(string_to_array(?, ','))")
			.param(ids.stream().map(CaseId::toString).collect(Collectors.joining(",")))
			.query(Long.class)
			.single();
	}

	private long reviews(java.util.Collection<String> businessKeys) {
		return this.jdbc.sql("select count(*) from act_ru_execution p join act_re_procdef d on d.id_ = p.proc_def_id_"
				+ " where p.id_ = p.proc_inst_id_ and d.key_ = ? and p.business_key_ = any(string_to_array(?, ','))")
			.params(AccountabilityReviewProcessVariables.PROCESS_ID, String.join(",", businessKeys))
			.query(Long.class)
			.single();
	}

}
