package org.gridcase.audit;

import java.util.Map;

import org.gridcase.intake.ReportLinked;
import org.gridcase.intake.ReportReceived;
import org.gridcase.intake.ReportUnlinked;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records reports received, linked to a case as duplicates and unlinked, in the intake's
 * transaction.
 */
@Component
class IntakeEventsAuditor {

	private final AuditTrail trail;

	IntakeEventsAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(ReportReceived event) {
		this.trail.append(event.caseId().value(), AuditEventType.REPORT_RECEIVED,
				Map.of("reportId", event.reportId().toString(), "trackingNumber", event.trackingNumber(), "channel",
						event.channel().name(), "channelLabel", event.channel().label(), "gridCode", event.gridCode(),
						"linkedAsDuplicate", event.linkedAsDuplicate()));
	}

	@EventListener
	void on(ReportLinked event) {
		this.trail.append(event.caseId().value(), AuditEventType.REPORT_LINKED,
				Map.of("trackingNumber", event.trackingNumber()));
	}

	@EventListener
	void on(ReportUnlinked event) {
		this.trail.append(event.fromCaseId().value(), AuditEventType.REPORT_UNLINKED, Map.of("trackingNumber",
				event.trackingNumber(), "toCaseId", event.toCaseId().value().toString()));
	}

}
