package org.gridcase.audit;

import java.util.List;

import org.gridcase.cases.CaseHistory;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.TimelineEntry;

import org.springframework.stereotype.Component;

/**
 * Cases' timelines read from the audit trail: it outlives the engine's history.
 */
@Component
class AuditedCaseHistory implements CaseHistory {

	private final AuditTrail trail;

	AuditedCaseHistory(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public List<TimelineEntry> timelineOf(CaseId id) {
		return this.trail.eventsOf(id.value())
			.stream()
			.map(event -> new TimelineEntry(event.occurredAt(), event.type(), event.actor(),
					AuditEventType.valueOf(event.type()).describe(event.data())))
			.toList();
	}

}
