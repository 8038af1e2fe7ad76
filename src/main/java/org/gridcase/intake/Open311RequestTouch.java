package org.gridcase.intake;

import java.time.Clock;

import org.gridcase.cases.CaseStepEntered;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks the Open311 requests of a case as updated when it enters a step, in the same
 * transaction, so that {@code servicerequestupdates} finds them by time.
 */
@Component
class Open311RequestTouch {

	private final Open311RequestRepository requests;

	private final Clock clock;

	Open311RequestTouch(Open311RequestRepository requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	@EventListener
	void on(CaseStepEntered event) {
		this.requests.touchCase(event.caseId().value(), this.clock.instant());
	}

}
