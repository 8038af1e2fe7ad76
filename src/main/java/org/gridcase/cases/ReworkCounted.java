package org.gridcase.cases;

/**
 * Verification found the problem not fixed: the case goes back to handling.
 */
public record ReworkCounted(CaseId caseId, int reworkCount) {
}
