package org.gridcase.intake;

import org.gridcase.cases.CaseId;

/**
 * A report joined an open case of the same problem nearby (a duplicate).
 */
public record ReportLinked(String trackingNumber, CaseId caseId) {
}
