package org.gridcase.audit.backfill;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridcase.audit.AuditChainLinks;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test set-up only: makes a case look as if it ran before the audit trail existed. Removes its
 * events behind the append-only trigger's back (the test database's owner may switch it off) and
 * re-chains the events after them, so the rest of the chain still verifies.
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
			Long first = this.jdbc.queryForObject("select min(sequence) from audit_event where case_id = ?", Long.class, caseId);
			this.jdbc.update("delete from audit_event where case_id = ?", caseId);
			Map<String, Object> before = this.jdbc.queryForList(
					"select sequence, hash from audit_event where sequence < ? order by sequence desc limit 1", first)
				.stream()
				.findFirst()
				.orElseGet(() -> this.jdbc.queryForMap("select anchor_sequence as sequence, anchor_hash as hash from audit_chain_head"));
			long sequence = ((Number) before.get("sequence")).longValue();
			String previous = (String) before.get("hash");
			List<Map<String, Object>> after = this.jdbc.queryForList("select * from audit_event where sequence > ? order by sequence", first);
			for (Map<String, Object> event : after) {
				sequence++;
				String hash = AuditChainLinks.hash(sequence, (UUID) event.get("case_id"), (String) event.get("type"),
						(String) event.get("actor"), ((java.sql.Timestamp) event.get("occurred_at")).toInstant(),
						AuditChainLinks.parse((String) event.get("data")), previous);
				this.jdbc.update("update audit_event set sequence = ?, previous_hash = ?, hash = ? where sequence = ?", sequence,
						previous, hash, event.get("sequence"));
				previous = hash;
			}
			this.jdbc.execute("alter table audit_event enable trigger audit_event_append_only");
		});
	}

}
