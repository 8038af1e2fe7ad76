package org.gridcase.intake;

import java.time.Instant;

import org.gridcase.cases.CaseView;

/**
 * A report and the case it belongs to.
 */
record TrackedReport(String trackingNumber, Subcategory subcategory, Channel channel, boolean anonymous,
		String address, Instant submittedAt, CaseView caseView) {
}
