package org.gridcase.cases;

/**
 * A case was opened; published inside the opening transaction.
 *
 * @param trackingNumber the case's public tracking number, the business key of its process instances
 */
public record CaseOpened(CaseId caseId, String issueType, Severity severity, String gridCode, String description,
		String address, String trackingNumber) {
}
