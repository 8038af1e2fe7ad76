package org.gridcase.audit.backfill;

import java.time.Instant;
import java.util.Map;

import org.gridcase.audit.AuditEventType;

/**
 * An event of a case as another record remembers it (engine history, the case record), to be
 * appended to the audit trail as backfilled.
 */
public record RecordedEvent(AuditEventType type, String actor, Instant at, Map<String, Object> data) {

	public RecordedEvent {
		data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
	}

}
