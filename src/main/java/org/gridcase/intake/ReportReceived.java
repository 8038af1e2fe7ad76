package org.gridcase.intake;

import java.util.UUID;

import org.gridcase.cases.CaseId;

/**
 * A report was filed (a retried submit answered from its first receipt is not a new one).
 *
 * @param caseId the case it opened or joined
 * @param linkedAsDuplicate whether it joined an open case of the same problem
 */
public record ReportReceived(UUID reportId, String trackingNumber, Channel channel, String gridCode, CaseId caseId,
		boolean linkedAsDuplicate) {
}
