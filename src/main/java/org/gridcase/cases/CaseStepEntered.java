package org.gridcase.cases;

/**
 * A case entered a step (closed and rejected included); published in the transaction that moved it.
 */
public record CaseStepEntered(CaseId caseId, CaseStep step) {
}
