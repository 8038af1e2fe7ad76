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

	private final TimelineEntries entries;

	AuditedCaseHistory(AuditTrail trail, TimelineEntries entries) {
		this.trail = trail;
		this.entries = entries;
	}

	@Override
	public List<TimelineEntry> timelineOf(CaseId id) {
		return this.trail.eventsOf(id.value()).stream().map(this.entries::of).toList();
	}

}
