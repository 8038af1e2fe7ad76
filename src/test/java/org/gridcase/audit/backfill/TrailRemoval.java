package org.gridcase.audit.backfill;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridcase.audit.AuditChainLinks;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test set-up only: makes a case look as if it ran before the audit trail existed. Removes its
 * events behind the append-only trigger's back (the test database's owner may switch it off) and
 * re-chains the events after them in their chains, so every chain still verifies.
 */
final class TrailRemoval {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	TrailRemoval(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	void removeTrailOf(UUID caseId) {
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.execute("alter table audit_event disable trigger audit_event_append_only");
			List<Map<String, Object>> firsts = this.jdbc.queryForList(
					"select chain, min(sequence) as sequence from audit_event where case_id = ? group by chain", caseId);
			this.jdbc.update("delete from audit_event where case_id = ?", caseId);
			for (Map<String, Object> first : firsts) {
				rechain(((Number) first.get("chain")).intValue(), ((Number) first.get("sequence")).longValue());
			}
			this.jdbc.execute("alter table audit_event enable trigger audit_event_append_only");
		});
	}

	/** Links the chain's events from {@code from} on to the link before it. */
	private void rechain(int chain, long from) {
		Map<String, Object> before = this.jdbc.queryForList(
				"select sequence, hash from audit_event where chain = ? and sequence < ? order by sequence desc limit 1",
				chain, from)
			.stream()
			.findFirst()
			.orElseGet(() -> this.jdbc.queryForMap(
					"select anchor_sequence as sequence, anchor_hash as hash from audit_chain_head where chain = ?", chain));
		String previous = (String) before.get("hash");
		for (Map<String, Object> event : this.jdbc.queryForList(
				"select * from audit_event where chain = ? and sequence > ? order by sequence", chain, from)) {
			long sequence = ((Number) event.get("sequence")).longValue();
			String hash = AuditChainLinks.hash(sequence, (UUID) event.get("case_id"), (String) event.get("type"),
					(String) event.get("actor"), ((java.sql.Timestamp) event.get("occurred_at")).toInstant(),
					AuditChainLinks.parse((String) event.get("data")), previous);
			this.jdbc.update("update audit_event set previous_hash = ?, hash = ? where chain = ? and sequence = ?", previous,
					hash, chain, sequence);
			previous = hash;
		}
	}

}
