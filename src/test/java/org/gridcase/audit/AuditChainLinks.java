package org.gridcase.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The audit chain's encoding and hash for test tooling outside this package (the benchmark's
 * seed writes chained events in bulk).
 */
public final class AuditChainLinks {

	private AuditChainLinks() {
	}

	public static Map<String, Object> parse(String json) {
		return AuditChain.parse(json);
	}

	public static String canonicalJson(Map<String, ?> data) {
		return AuditChain.canonicalJson(data);
	}

	public static String hash(long sequence, UUID caseId, String type, String actor, Instant occurredAt,
			Map<String, ?> data, String previousHash) {
		return AuditChain.hash(sequence, caseId, type, actor, occurredAt, data, previousHash);
	}

}
