package org.gridcase.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An audit event of the running transaction, not yet in its chain: the chain's head gives it its
 * number and previous hash when the transaction is about to commit ({@link AuditLinkWriter}).
 *
 * @param data the event's values as the chain stores them (parsed back from {@code json})
 * @param json their canonical JSON, the stored text
 */
record PendingLink(int chain, UUID caseId, String type, String actor, Instant occurredAt, Map<String, Object> data,
		String json) {
}
