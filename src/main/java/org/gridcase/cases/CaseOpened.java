package org.gridcase.cases;

/**
 * A case was opened; published inside the opening transaction.
 */
public record CaseOpened(CaseId caseId, String issueType, Severity severity, String gridCode, String description,
		String address) {
}
