package org.gridcase.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.gridcase.IntegrationTest;
import org.gridcase.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trail is several chains whose heads are locked only while a transaction commits: an open
 * transaction holds no chain, concurrent transactions of many cases all commit (no deadlock, in
 * whatever order they touch their chains) and every chain verifies; a link removed from a chain
 * breaks it at the next one.
 */
@IntegrationTest
class AuditChainsTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	AuditChains chains;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void anOpenTransactionHoldsNoChainUntilItCommits() throws Exception {
		UUID open = UUID.randomUUID();
		UUID sameChain = caseInChain(this.chains.chainOf(open));
		CountDownLatch appended = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			var first = thread.submit(() -> inTransaction(() -> {
				this.trail.append(open, AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 1));
				appended.countDown();
				await(commit);
			}));
			assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();

			// before V35 this waited for the open transaction's commit (one head row, locked at the first event)
			CompletableFuture.runAsync(() -> inTransaction(
					() -> this.trail.append(sameChain, AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 2))))
				.get(20, TimeUnit.SECONDS);
			commit.countDown();
			first.get(30, TimeUnit.SECONDS);
		}
		finally {
			commit.countDown();
			thread.shutdownNow();
		}

		AuditEvent committedFirst = single(sameChain);
		AuditEvent committedSecond = single(open);
		assertThat(committedSecond.chain()).isEqualTo(committedFirst.chain());
		assertThat(committedSecond.sequence()).isGreaterThan(committedFirst.sequence());
		assertThat(committedSecond.previousHash()).isEqualTo(committedFirst.hash());
		assertThat(this.verifier.verify().valid()).isTrue();
	}

	@Test
	void concurrentTransactionsOfManyCasesAllCommitAndEveryChainVerifies() throws Exception {
		int clients = 8;
		int transactionsEach = 12;
		List<UUID> cases = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			cases.add(UUID.randomUUID());
		}
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<CompletableFuture<Void>> clientsDone = new ArrayList<>();
		long started = System.nanoTime();
		try {
			for (int client = 0; client < clients; client++) {
				clientsDone.add(CompletableFuture.runAsync(() -> {
					for (int t = 0; t < transactionsEach; t++) {
						List<UUID> touched = new ArrayList<>(cases);
						Collections.shuffle(touched);
						inTransaction(() -> touched.subList(0, 3)
							.forEach(caseId -> this.trail.append(caseId, AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 1))));
					}
				}, pool));
			}
			CompletableFuture.allOf(clientsDone.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
		System.out.printf("AuditChainsTests: %d transactions of 3 cases each by %d clients in %.1f s%n",
				clients * transactionsEach, clients, (System.nanoTime() - started) / 1e9);

		assertThat(cases.stream().mapToInt(caseId -> this.trail.eventsOf(caseId).size()).sum())
			.isEqualTo(clients * transactionsEach * 3);
		assertThat(cases.stream().map(this.chains::chainOf).distinct().count()).isGreaterThan(1);
		AuditVerification verification = this.verifier.verify();
		assertThat(verification.valid()).as(verification.toString()).isTrue();
		assertThat(verification.chains()).isGreaterThan(1);
		for (UUID caseId : cases) {
			assertThat(this.verifier.verifyLinks(this.trail.eventsOf(caseId)).valid()).isTrue();
		}
	}

	@Test
	void verificationNamesTheLinkAfterOneRemovedFromItsChain() throws Exception {
		UUID caseId = UUID.randomUUID();
		inTransaction(() -> {
			this.trail.append(caseId, AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 1));
			this.trail.append(caseId, AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 2));
		});
		AuditEvent removed = this.trail.eventsOf(caseId).get(0);
		AuditEvent next = this.trail.eventsOf(caseId).get(1);
		Map<String, Object> row = this.jdbc.queryForMap("select * from audit_event where chain = ? and sequence = ?",
				removed.chain(), removed.sequence());

		TestDatabase.updateOneRowWithoutTriggers("delete from audit_event where chain = ? and sequence = ?", removed.chain(),
				removed.sequence());
		try {
			AuditVerification verification = this.verifier.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.firstBrokenChain()).isEqualTo(next.chain());
			assertThat(verification.firstBrokenSequence()).isEqualTo(next.sequence());
			assertThat(verification.reason()).contains("断开");
			assertThat(this.verifier.verifyLinks(List.of(next)).firstBrokenSequence()).isEqualTo(next.sequence());
		}
		finally {
			this.jdbc.update("insert into audit_event (chain, sequence, case_id, type, actor, occurred_at, data, previous_hash, hash)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("chain"), row.get("sequence"), row.get("case_id"),
					row.get("type"), row.get("actor"),
					((java.sql.Timestamp) row.get("occurred_at")).toInstant().atOffset(java.time.ZoneOffset.UTC), row.get("data"),
					row.get("previous_hash"), row.get("hash"));
		}
		assertThat(this.verifier.verify().valid()).isTrue();
	}

	private UUID caseInChain(int chain) {
		UUID caseId;
		do {
			caseId = UUID.randomUUID();
		}
		while (this.chains.chainOf(caseId) != chain);
		return caseId;
	}

	private AuditEvent single(UUID caseId) {
		List<AuditEvent> events = this.trail.eventsOf(caseId);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> work.run());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
