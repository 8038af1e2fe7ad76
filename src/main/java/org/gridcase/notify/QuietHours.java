package org.gridcase.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily span of local time in which a person is not disturbed, e.g. 22:00–07:00 (may span
 * midnight).
 */
record QuietHours(LocalTime start, LocalTime end) {

	/** When a message due at {@code now} may go: now, or the end of the quiet hours it falls in. */
	Instant releaseOf(Instant now, ZoneId zone) {
		ZonedDateTime local = now.atZone(zone);
		LocalTime time = local.toLocalTime();
		LocalDate date = local.toLocalDate();
		if (this.start.equals(this.end)) {
			return now;
		}
		if (this.start.isBefore(this.end)) {
			return !time.isBefore(this.start) && time.isBefore(this.end) ? date.atTime(this.end).atZone(zone).toInstant()
					: now;
		}
		if (!time.isBefore(this.start)) {
			return date.plusDays(1).atTime(this.end).atZone(zone).toInstant();
		}
		return time.isBefore(this.end) ? date.atTime(this.end).atZone(zone).toInstant() : now;
	}

}
