package org.gridcase.cases;

import java.time.Instant;

/**
 * One event in a case's history, in Chinese for the people reading it.
 */
public record TimelineEntry(Instant at, String kind, String text) {
}
