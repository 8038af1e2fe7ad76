package org.gridcase.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.gridcase.cases.CaseStepEntered;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks the Open311 requests of a case as updated when it enters a step, in the same
 * transaction, so that {@code servicerequestupdates} finds them by time.
 * <p>
 * The requests are marked once per transaction, just before it commits, after its pending JPA
 * changes were written (reports and requests filed in the same transaction must be there to be
 * found): one update for the cases the transaction moved, whatever the number of steps. Issued
 * mid-command, the update made Hibernate flush or at least dirty-check the whole session on
 * every step entered (issue 13: the case record was written twice per completion, then the
 * session was checked twice). It runs before the audit trail takes its chain heads
 * ({@code TransactionAuditLinks}), so no request row is locked while a head is held.
 */
@Component
class Open311RequestTouch {

	private static final String TOUCH_CASES = "update open311_request set updated_at = ? where tracking_number in"
			+ " (select tracking_number from report where case_id = any(?::uuid[]))";

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Open311RequestTouch(EntityManager entityManager, JdbcTemplate jdbc, Clock clock) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(CaseStepEntered event) {
		TouchedCases touched = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(TouchedCases.class::isInstance)
			.map(TouchedCases.class::cast)
			.findFirst()
			.orElseGet(() -> {
				TouchedCases cases = new TouchedCases();
				TransactionSynchronizationManager.registerSynchronization(cases);
				return cases;
			});
		touched.caseIds.add(event.caseId().value());
		touched.at = this.clock.instant();
	}

	/** The cases a transaction moved: their requests are marked just before it commits. */
	private final class TouchedCases implements TransactionSynchronization {

		private final Set<UUID> caseIds = new LinkedHashSet<>();

		private Instant at;

		@Override
		public void beforeCommit(boolean readOnly) {
			Open311RequestTouch.this.entityManager.flush();
			Open311RequestTouch.this.jdbc.update(TOUCH_CASES, Timestamp.from(this.at), this.caseIds.stream().map(UUID::toString).toArray(String[]::new));
		}

		/** Before the audit trail's links, which hold the chain heads until the commit. */
		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE - 1;
		}

	}

}
