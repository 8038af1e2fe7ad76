package org.gridcase.intake;

import java.time.Instant;

import org.gridcase.catalogue.SubcategoryView;
import org.gridcase.cases.CaseView;

/**
 * A report and the case it belongs to.
 *
 * @param description what the reporter wrote (the case's own description may differ)
 */
record TrackedReport(String trackingNumber, SubcategoryView subcategory, Channel channel, boolean anonymous,
		String description, String address, Double lon, Double lat, String gridCode, Instant submittedAt,
		CaseView caseView) {
}
