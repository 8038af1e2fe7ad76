package org.gridcase.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audited transactions of different cases run side by side: eight clients, each running
 * transactions that append an event for a case of their own and then do 100 ms of other work
 * (what an intake does after its case opened: the engine's start, the case record) before they
 * commit. With one chain head locked from a transaction's first event to its commit (before
 * V35) they could only run one after another, 4 s at the least; now they wait for each other
 * only while committing. Prints the time each transaction spent beyond its own work (lock wait).
 */
@IntegrationTest
class AuditTrailConcurrencyTests {

	private static final int CLIENTS = 8;

	private static final int TRANSACTIONS_EACH = 5;

	private static final long WORK_MILLIS = 100;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void transactionsOfDifferentCasesDoNotRunOneAfterAnother() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<CompletableFuture<List<Long>>> clients = new ArrayList<>();
		long started = System.nanoTime();
		try {
			for (int client = 0; client < CLIENTS; client++) {
				clients.add(CompletableFuture.supplyAsync(this::oneClient, pool));
			}
			CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
		long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
		List<Long> beyondWork = clients.stream().flatMap(client -> client.join().stream()).sorted().toList();
		System.out.printf("AuditTrailConcurrencyTests: %d transactions of %d ms work by %d clients in %d ms"
				+ " (one after another: >= %d ms); time beyond the work per transaction: mean %.0f ms, p50 %d ms, max %d ms%n",
				beyondWork.size(), WORK_MILLIS, CLIENTS, elapsedMillis, CLIENTS * TRANSACTIONS_EACH * WORK_MILLIS,
				beyondWork.stream().mapToLong(Long::longValue).average().orElse(0), beyondWork.get(beyondWork.size() / 2),
				beyondWork.get(beyondWork.size() - 1));

		assertThat(elapsedMillis).isLessThan(CLIENTS * TRANSACTIONS_EACH * WORK_MILLIS);
		assertThat(this.verifier.verify().valid()).isTrue();
	}

	/** One client's transactions, one after another; for each, its time beyond its own work. */
	private List<Long> oneClient() {
		List<Long> beyondWork = new ArrayList<>();
		for (int i = 0; i < TRANSACTIONS_EACH; i++) {
			UUID caseId = UUID.randomUUID();
			long started = System.nanoTime();
			new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> {
				this.trail.append(caseId, AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 1));
				sleep(WORK_MILLIS);
			});
			beyondWork.add((System.nanoTime() - started) / 1_000_000 - WORK_MILLIS);
		}
		return beyondWork;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
