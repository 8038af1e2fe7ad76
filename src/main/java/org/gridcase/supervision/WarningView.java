package org.gridcase.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A four-level warning as the API and other modules see it. */
public record WarningView(long id, String place, String placeName, WarningLevel level, String levelLabel,
		String color, LocalDate from, LocalDate to, String reason, String setBy, Instant setAt, Instant liftedAt,
		String liftedBy, boolean inForce) {
}
