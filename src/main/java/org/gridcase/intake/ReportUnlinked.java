package org.gridcase.intake;

import org.gridcase.cases.CaseId;

/**
 * A dispatcher took a duplicate report off a case: it opened a case of its own.
 */
public record ReportUnlinked(String trackingNumber, CaseId fromCaseId, CaseId toCaseId) {
}
