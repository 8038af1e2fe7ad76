package org.gridcase.cases;

import java.time.Instant;

/**
 * The whole case's time limit was set: it is due at {@code dueAt}.
 */
public record CaseTimeLimitSet(CaseId caseId, Instant dueAt) {
}
