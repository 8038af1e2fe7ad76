package org.gridcase.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One link of an audit chain as stored.
 *
 * @param sequence the link's number, unique across the chains, growing along each chain
 * @param chain the chain it belongs to ({@link AuditChains})
 * @param caseId the case it concerns, or {@code null}
 * @param actor the user who caused it, or {@value AuditTrail#SYSTEM} for timers and jobs
 * @param data what happened, as values (JSON object)
 */
public record AuditEvent(long sequence, int chain, UUID caseId, String type, String actor, Instant occurredAt,
		Map<String, Object> data, String previousHash, String hash) {

	public AuditEvent {
		data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
	}

}
