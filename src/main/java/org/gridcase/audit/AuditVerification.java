package org.gridcase.audit;

/**
 * What recomputing the audit chains found.
 *
 * @param valid whether every link follows its predecessor in its chain and hashes to what it
 * stores
 * @param chains how many chains were checked
 * @param eventsChecked how many links were found intact (in each chain up to its first broken one)
 * @param firstBrokenSequence the number of the first broken link (the lowest among the chains'
 * first broken links), or {@code null}
 * @param firstBrokenChain the chain it belongs to, or {@code null}
 * @param reason why it is broken (Chinese), or {@code null}
 */
public record AuditVerification(boolean valid, int chains, long eventsChecked, Long firstBrokenSequence,
		Integer firstBrokenChain, String reason) {

	static AuditVerification intact(int chains, long eventsChecked) {
		return new AuditVerification(true, chains, eventsChecked, null, null, null);
	}

	static AuditVerification brokenAt(int chains, long eventsChecked, int chain, long sequence, String reason) {
		return new AuditVerification(false, chains, eventsChecked, sequence, chain, reason);
	}

}
