package org.gridcase.intake;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import org.gridcase.cases.CaseStepEntered;
import org.hibernate.query.NativeQuery;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks the Open311 requests of a case as updated when it enters a step, in the same
 * transaction, so that {@code servicerequestupdates} finds them by time.
 * <p>
 * The update names the tables it reads and writes, so Hibernate flushes pending changes of
 * reports and requests before it (their rows must be there to be found) and nothing else: a
 * native statement that names none makes Hibernate flush the whole session mid-command, which
 * wrote the case record once here and again at commit on every completion (issue 13).
 */
@Component
class Open311RequestTouch {

	private static final String TOUCH_CASE = "update open311_request set updated_at = :at where tracking_number in"
			+ " (select tracking_number from report where case_id = :caseId)";

	private final EntityManager entityManager;

	private final Clock clock;

	Open311RequestTouch(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(CaseStepEntered event) {
		this.entityManager.createNativeQuery(TOUCH_CASE)
			.unwrap(NativeQuery.class)
			.addSynchronizedQuerySpace("open311_request")
			.addSynchronizedQuerySpace("report")
			.setParameter("at", this.clock.instant())
			.setParameter("caseId", event.caseId().value())
			.executeUpdate();
	}

}
