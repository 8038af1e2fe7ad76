package org.gridcase.audit;

/**
 * What recomputing the audit chain found.
 *
 * @param valid whether every link follows its predecessor and hashes to what it stores
 * @param eventsChecked how many links were checked (up to the first broken one)
 * @param firstBrokenSequence the sequence number of the first broken link, or {@code null}
 * @param reason why it is broken (Chinese), or {@code null}
 */
public record AuditVerification(boolean valid, long eventsChecked, Long firstBrokenSequence, String reason) {

	static AuditVerification intact(long eventsChecked) {
		return new AuditVerification(true, eventsChecked, null, null);
	}

	static AuditVerification brokenAt(long eventsChecked, long sequence, String reason) {
		return new AuditVerification(false, eventsChecked, sequence, reason);
	}

}
