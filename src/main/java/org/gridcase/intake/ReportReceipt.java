package org.gridcase.intake;

/**
 * What the reporter gets back: the public tracking number, the case, and whether the report
 * joined a case already open for the same problem.
 */
public record ReportReceipt(String trackingNumber, String caseId, String gridCode, boolean linkedToExistingCase) {

	static ReportReceipt of(Report report) {
		return new ReportReceipt(report.getTrackingNumber(), report.getCaseId().toString(), report.getGridCode(),
				report.isLinkedAsDuplicate());
	}

}
