package org.gridcase.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One link of the audit chain as stored.
 *
 * @param caseId the case it concerns, or {@code null}
 * @param actor the user who caused it, or {@value AuditTrail#SYSTEM} for timers and jobs
 * @param data what happened, as values (JSON object)
 */
public record AuditEvent(long sequence, UUID caseId, String type, String actor, Instant occurredAt,
		Map<String, Object> data, String previousHash, String hash) {

	public AuditEvent {
		data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
	}

}
