package org.gridcase.audit;

import java.util.Map;

import org.gridcase.notify.SatisfactionAnswered;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records a reporter's answer to the satisfaction visit, in the transaction that takes it.
 */
@Component
class NotifyEventsAuditor {

	private final AuditTrail trail;

	NotifyEventsAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(SatisfactionAnswered event) {
		this.trail.append(event.caseId().value(), AuditEventType.SATISFACTION_ANSWERED,
				Map.of("trackingNumber", event.trackingNumber(), "satisfaction", event.satisfaction().name(),
						"satisfactionLabel", event.satisfaction().label()));
	}

}
