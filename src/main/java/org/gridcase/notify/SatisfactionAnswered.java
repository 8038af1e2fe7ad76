package org.gridcase.notify;

import org.gridcase.cases.CaseId;

/**
 * A reporter answered the satisfaction visit through their one-time link.
 *
 * @param trackingNumber the tracking number of the reporter's own report
 */
public record SatisfactionAnswered(CaseId caseId, String trackingNumber, Satisfaction satisfaction) {
}
