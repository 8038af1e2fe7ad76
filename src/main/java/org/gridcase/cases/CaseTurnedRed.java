package org.gridcase.cases;

/**
 * A case went past a time limit for the first time; accountability review starts once.
 */
public record CaseTurnedRed(CaseId caseId) {
}
