package org.gridcase.cases;

import java.time.Instant;

/**
 * One event in a case's history, in Chinese for the people reading it.
 *
 * @param kind the audit event type, e.g. {@code TASK_COMPLETED}
 * @param actor who did it (user name), or {@code system} for timers and jobs
 */
public record TimelineEntry(Instant at, String kind, String actor, String text) {
}
