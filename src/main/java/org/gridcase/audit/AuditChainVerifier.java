package org.gridcase.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridcase.shared.UserTexts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the audit chain from its anchor (the start, or the last link the retention purge
 * removed) and names the first link that does not follow its predecessor or whose content no
 * longer hashes to what it stores. Reads the chain in one snapshot, a batch at a time.
 */
@Service
public class AuditChainVerifier {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	AuditChainVerifier(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	public AuditVerification verify() {
		Map<String, Object> anchor = this.jdbc
			.queryForMap("select anchor_sequence, anchor_hash from audit_chain_head where id = 1");
		long expectedSequence = ((Number) anchor.get("anchor_sequence")).longValue() + 1;
		String expectedPrevious = (String) anchor.get("anchor_hash");
		long checked = 0;
		long after = expectedSequence - 1;
		while (true) {
			var batch = this.jdbc.query("select * from audit_event where sequence > ? order by sequence limit ?",
					AuditTrail::event, after, BATCH);
			for (AuditEvent event : batch) {
				String problem = problemOf(event, expectedSequence, expectedPrevious);
				if (problem != null) {
					return AuditVerification.brokenAt(checked, event.sequence(), problem);
				}
				checked++;
				expectedSequence = event.sequence() + 1;
				expectedPrevious = event.hash();
				after = event.sequence();
			}
			if (batch.size() < BATCH) {
				return AuditVerification.intact(checked);
			}
		}
	}

	/**
	 * Checks some links (e.g. one case's events): each hashes to what it stores and follows the
	 * link stored before it (or the anchor). Names the first of them that does not.
	 */
	@Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	public AuditVerification verifyLinks(List<AuditEvent> events) {
		Map<String, Object> anchor = this.jdbc
			.queryForMap("select anchor_sequence, anchor_hash from audit_chain_head where id = 1");
		long anchorSequence = ((Number) anchor.get("anchor_sequence")).longValue();
		Map<Long, String> predecessors = new HashMap<>();
		predecessors.put(anchorSequence, (String) anchor.get("anchor_hash"));
		Long[] wanted = events.stream().map(event -> event.sequence() - 1).toArray(Long[]::new);
		this.jdbc.query("select sequence, hash from audit_event where sequence = any(?)",
				row -> { predecessors.put(row.getLong("sequence"), row.getString("hash")); }, (Object) wanted);
		long checked = 0;
		for (AuditEvent event : events) {
			String previous = predecessors.get(event.sequence() - 1);
			String problem = previous == null ? UserTexts.get("audit.link-missing", String.valueOf(event.sequence() - 1))
					: problemOf(event, event.sequence(), previous);
			if (problem != null) {
				return AuditVerification.brokenAt(checked, event.sequence(), problem);
			}
			checked++;
		}
		return AuditVerification.intact(checked);
	}

	private static String problemOf(AuditEvent event, long expectedSequence, String expectedPrevious) {
		if (event.sequence() != expectedSequence) {
			return UserTexts.get("audit.link-missing", String.valueOf(expectedSequence));
		}
		if (!event.previousHash().equals(expectedPrevious)) {
			return UserTexts.get("audit.link-broken");
		}
		String recomputed = AuditChain.hash(event.sequence(), event.caseId(), event.type(), event.actor(),
				event.occurredAt(), event.data(), event.previousHash());
		return recomputed.equals(event.hash()) ? null : UserTexts.get("audit.link-tampered");
	}

}
