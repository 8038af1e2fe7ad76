package org.gridcase.cases;

/**
 * A report was linked to the case or unlinked from it: it now counts {@code reportCount} reports.
 */
public record CaseReportsCounted(CaseId caseId, int reportCount) {
}
