package org.gridcase.notify;

import java.time.Duration;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.gridcase.EngineClockFixtures;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.cases.Severity;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.notify.NotificationFixtures.Stored;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every send is an engine job: a gateway that keeps failing is tried five times a minute apart
 * and then the job is an incident; once the gateway works and the job is retried the message goes
 * once, keyed by its id; a change rolled back sends nothing.
 */
@IntegrationTest
class NotificationDeliveryTests {

	private final LocalGateways gateways = LocalGateways.start();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseManagement cases;

	@Autowired
	NotificationDelivery delivery;

	@Autowired
	TransactionTemplate transactions;

	private NotificationFixtures fixtures;

	private java.time.Instant now;

	@BeforeEach
	void setUp() {
		this.fixtures = new NotificationFixtures(this.jdbc, this.engine);
		this.now = EngineClockFixtures.setClock("2026-11-23T10:00");
	}

	@AfterEach
	void restore() {
		this.gateways.sms.failWith = 0;
		EngineClockFixtures.resetClock();
	}

	@Test
	void aFailingGatewayIsRetriedThenAnIncidentAndAfterwardsTheMessageGoesOnce() {
		CaseId caseId = this.cases.openCase(new OpenCaseCommand("SANITATION", Severity.GENERAL, DemoDistrict.FIRST_GRID,
				"路灯不亮"));
		Stored message = this.fixtures.one(caseId, NotificationKind.TASK_CREATED, "station1", NotificationChannel.SMS);
		this.gateways.sms.failWith = 503;

		for (int attempt = 1; attempt <= 5; attempt++) {
			Job job = this.fixtures.jobOf(message.id());
			assertThatThrownBy(() -> this.engine.getManagementService().executeJob(job.getId()))
				.hasStackTraceContaining("503");
			Job failed = this.fixtures.jobOf(message.id());
			assertThat(failed.getRetries()).as("retries after attempt " + attempt).isEqualTo(5 - attempt);
			if (attempt < 5) {
				assertThat(Duration.between(this.now, failed.getDuedate().toInstant())).isEqualTo(Duration.ofMinutes(1));
			}
		}
		Job exhausted = this.fixtures.jobOf(message.id());
		Incident incident = this.engine.getRuntimeService()
			.createIncidentQuery()
			.configuration(exhausted.getId())
			.singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getIncidentType()).isEqualTo("failedJob");
		assertThat(incident.getIncidentMessage()).contains("503");
		assertThat(this.fixtures.one(caseId, NotificationKind.TASK_CREATED, "station1", NotificationChannel.SMS).sentAt())
			.isNull();
		assertThat(this.gateways.sms.received).noneMatch(received -> message.id().toString().equals(received.idempotencyKey()));

		this.gateways.sms.failWith = 0;
		this.engine.getManagementService().setJobRetries(exhausted.getId(), 1);
		this.engine.getManagementService().executeJob(exhausted.getId());
		this.delivery.send(message.id());

		assertThat(this.gateways.sms.received).filteredOn(received -> message.id().toString().equals(received.idempotencyKey()))
			.hasSize(1);
		assertThat(this.fixtures.jobOf(message.id())).isNull();
		assertThat(this.fixtures.one(caseId, NotificationKind.TASK_CREATED, "station1", NotificationChannel.SMS).sentAt())
			.isNotNull();
		assertThat(this.engine.getRuntimeService().createIncidentQuery().configuration(exhausted.getId()).count()).isZero();
	}

	@Test
	void aChangeRolledBackSendsNothing() {
		long jobsBefore = this.fixtures.sendingJobs();
		CaseId[] opened = new CaseId[1];

		this.transactions.executeWithoutResult(status -> {
			opened[0] = this.cases.openCase(new OpenCaseCommand("SANITATION", Severity.EMERGENCY, DemoDistrict.FIRST_GRID,
					"窨井盖被盗"));
			assertThat(this.fixtures.of(opened[0])).isNotEmpty();
			status.setRollbackOnly();
		});

		assertThat(this.cases.findCase(opened[0])).isEmpty();
		assertThat(this.fixtures.of(opened[0])).isEmpty();
		assertThat(this.fixtures.sendingJobs()).isEqualTo(jobsBefore);
	}

	@Test
	void aMessageIsMadeOncePerEventAndPerson() {
		CaseId caseId = this.cases.openCase(new OpenCaseCommand("SANITATION", Severity.GENERAL, DemoDistrict.FIRST_GRID,
				"绿化带缺损"));
		long stored = this.fixtures.of(caseId).size();
		UUID first = this.fixtures.one(caseId, NotificationKind.TASK_CREATED, "station1", NotificationChannel.SMS).id();

		this.fixtures.run(this.fixtures.one(caseId, NotificationKind.TASK_CREATED, "station1", NotificationChannel.SMS));
		this.delivery.send(first);

		assertThat(this.fixtures.of(caseId)).hasSize((int) stored);
		assertThat(this.gateways.sms.received).filteredOn(received -> first.toString().equals(received.idempotencyKey()))
			.hasSize(1);
	}

}
