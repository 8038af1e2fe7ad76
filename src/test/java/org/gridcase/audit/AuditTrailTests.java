package org.gridcase.audit;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gridcase.ApiClient;
import org.gridcase.EngineClockFixtures;
import org.gridcase.IntegrationTest;
import org.gridcase.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail is a hash chain that names its first broken link, the database refuses to
 * change or remove its rows, and the retention purge removes only the oldest links while the
 * rest still verifies.
 */
@IntegrationTest
class AuditTrailTests {

	private static final String ENGINE_ADMIN = "auditengineadmin";

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	AuditChains chains;

	@Autowired
	AuditRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	PlatformTransactionManager transactionManager;

	@AfterEach
	void resetEngineClock() {
		EngineClockFixtures.resetClock();
	}

	@Test
	void eachEventLinksToThePreviousOneOfItsChainAndTheChainsVerify() {
		UUID caseId = UUID.randomUUID();
		inTransaction(() -> {
			this.trail.append(caseId, AuditEventType.STEP_ENTERED, Map.of("step", "REGISTER", "stepLabel", "建档立案"));
			this.trail.append(caseId, AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 1));
		});
		AuditEvent first = this.trail.eventsOf(caseId).get(0);
		AuditEvent second = this.trail.eventsOf(caseId).get(1);

		assertThat(second.chain()).isEqualTo(first.chain()).isEqualTo(this.chains.chainOf(caseId));
		assertThat(second.sequence()).isGreaterThan(first.sequence());
		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(second.hash()).isEqualTo(AuditChain.hash(second.sequence(), caseId, "REWORK_COUNTED",
				AuditTrail.SYSTEM, second.occurredAt(), Map.of("reworkCount", 1), first.hash()));
		assertThat(this.trail.eventsOf(caseId)).extracting(AuditEvent::type)
			.containsExactly("STEP_ENTERED", "REWORK_COUNTED");
		AuditVerification verification = this.verifier.verify();
		assertThat(verification.valid()).as(verification.toString()).isTrue();
		assertThat(verification.eventsChecked()).isGreaterThanOrEqualTo(2);
		assertThat(verification.chains()).isGreaterThan(1);
	}

	@Test
	void aTransactionsEventsWaitForItsCommitAndVanishWithItsRollback() {
		UUID kept = UUID.randomUUID();
		UUID rolledBack = UUID.randomUUID();
		inTransaction(() -> {
			this.trail.append(kept, AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 1));
			assertThat(this.trail.eventsOf(kept)).isEmpty();
		});
		assertThatThrownBy(() -> inTransaction(() -> {
			this.trail.append(rolledBack, AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 1));
			throw new IllegalStateException("the change fails");
		})).hasMessage("the change fails");

		assertThat(this.trail.eventsOf(kept)).hasSize(1);
		assertThat(this.trail.eventsOf(rolledBack)).isEmpty();
		assertThat(this.verifier.verify().valid()).isTrue();
	}

	@Test
	void verificationNamesTheRowThatWasAlteredWithSql() throws Exception {
		UUID caseId = UUID.randomUUID();
		append(caseId, AuditEventType.STEP_ENTERED, Map.of("step", "REPORT", "stepLabel", "梳理上报"));
		AuditEvent altered = append(caseId, AuditEventType.TASK_COMPLETED,
				Map.of("task", "审核立案", "formValues", Map.of("registerDecision", "REJECT")));
		append(caseId, AuditEventType.STEP_ENTERED, Map.of("step", "REJECTED", "stepLabel", "不予立案"));
		append(UUID.randomUUID(), AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 1));
		String original = this.jdbc.queryForObject("select data from audit_event where sequence = ?", String.class,
				altered.sequence());

		TestDatabase.updateOneRowWithoutTriggers("update audit_event set data = replace(data, 'REJECT', 'REGISTER') where sequence = ?",
				altered.sequence());
		try {
			AuditVerification verification = this.verifier.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.firstBrokenSequence()).isEqualTo(altered.sequence());
			assertThat(verification.firstBrokenChain()).isEqualTo(altered.chain());
			assertThat(verification.reason()).contains("篡改");

			JsonNode answer = this.json.readTree(ApiClient.as(this.port, "auditor1", "demo123").get("/api/audit/verify").body());
			assertThat(answer.path("valid").asBoolean()).isFalse();
			assertThat(answer.path("firstBrokenSequence").asLong()).isEqualTo(altered.sequence());
		}
		finally {
			TestDatabase.updateOneRowWithoutTriggers("update audit_event set data = ? where sequence = ?", original, altered.sequence());
		}
		assertThat(this.verifier.verify().valid()).isTrue();
	}

	@Test
	void theApplicationsDatabaseRoleCannotChangeOrRemoveAuditRows() {
		AuditEvent event = append(UUID.randomUUID(), AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 2));

		assertThatThrownBy(() -> this.jdbc.update("update audit_event set actor = 'nobody' where sequence = ?",
				event.sequence()))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event where sequence = ?", event.sequence()))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.execute("truncate audit_event"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("update audit_chain_head set anchor_sequence = anchor_sequence + 1"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("anchor");
		assertThat(this.trail.eventsOf(event.caseId())).extracting(AuditEvent::actor).containsExactly(AuditTrail.SYSTEM);
	}

	@Test
	void retentionPurgeRemovesTheOldestLinksAndTheRestStillVerifies() {
		UUID caseId = UUID.randomUUID();
		EngineClockFixtures.setClock("2099-01-01T09:00");
		AuditEvent old = append(caseId, AuditEventType.STEP_ENTERED, Map.of("step", "REPORT", "stepLabel", "梳理上报"));
		Instant cutoff = EngineClockFixtures.setClock("2099-01-02T09:00");
		AuditEvent kept = append(caseId, AuditEventType.STEP_ENTERED, Map.of("step", "REGISTER", "stepLabel", "建档立案"));

		assertThat(this.retention.purgeBefore(cutoff)).isGreaterThanOrEqualTo(1);

		assertThat(this.trail.eventsOf(caseId)).extracting(AuditEvent::sequence).containsExactly(kept.sequence());
		assertThat(this.jdbc.queryForObject("select anchor_hash from audit_chain_head where chain = ?", String.class,
				old.chain()))
			.isEqualTo(old.hash());
		AuditVerification verification = this.verifier.verify();
		assertThat(verification.valid()).as(verification.toString()).isTrue();
		assertThat(append(caseId, AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 1)).previousHash())
			.isEqualTo(kept.hash());
		assertThat(this.verifier.verify().valid()).isTrue();
	}

	@Test
	void onlyAuditorsAndAdministratorsVerify() {
		HttpResponse<String> auditor = ApiClient.as(this.port, "auditor1", "demo123").get("/api/audit/verify");
		assertThat(auditor.statusCode()).isEqualTo(200);
		assertThat(auditor.body()).contains("\"valid\":true", "\"eventsChecked\"");
		assertThat(asEngineAdministrator(() -> ApiClient.as(this.port, ENGINE_ADMIN, "audit-secret")
			.get("/api/audit/verify")
			.statusCode())).isEqualTo(200);
		assertThat(ApiClient.as(this.port, "orgadmin", "demo123").get("/api/audit/verify").statusCode()).isEqualTo(200);
		assertThat(ApiClient.as(this.port, "gridleader1", "demo123").get("/api/audit/verify").statusCode()).isEqualTo(403);
		assertThat(ApiClient.anonymous(this.port).get("/api/audit/verify").statusCode()).isEqualTo(401);
	}

	/**
	 * Runs as an engine administrator of this test's own (the configured {@code admin} may be
	 * waiting out the engine's login delay after another test's wrong password).
	 */
	private int asEngineAdministrator(java.util.function.IntSupplier call) {
		User user = this.identityService.newUser(ENGINE_ADMIN);
		user.setPassword("audit-secret");
		this.identityService.saveUser(user);
		this.identityService.createMembership(ENGINE_ADMIN, "camunda-admin");
		try {
			return call.getAsInt();
		}
		finally {
			this.identityService.deleteUser(ENGINE_ADMIN);
		}
	}

	/** Appends in a transaction of its own; the link as stored. */
	private AuditEvent append(UUID caseId, AuditEventType type, Map<String, ?> data) {
		inTransaction(() -> this.trail.append(caseId, type, data));
		List<AuditEvent> events = this.trail.eventsOf(caseId);
		return events.get(events.size() - 1);
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> work.run());
	}

}
