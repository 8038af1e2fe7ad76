package org.gridcase.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;


import org.gridcase.shared.District;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;

/**
 * The time window of an Open311 query: {@code start_date} and {@code end_date} as W3C
 * date-times with their offset ({@code 2010-01-01T00:00:00Z}, {@code …+08:00}) or dates (the
 * district's midnight), at most 90 days apart; the most recent 90 days up to the one given (or
 * now) when one or both are missing, as GeoReport v2 says.
 */
record Open311Window(Instant start, Instant end) {

	static final Duration MAX = Duration.ofDays(90);

	static Open311Window of(String startDate, String endDate, Instant now, String format) {
		Instant end = isBlank(endDate) ? null : instant("end_date", endDate, format);
		Instant start = isBlank(startDate) ? null : instant("start_date", startDate, format);
		if (end == null) {
			end = start == null ? now : start.plus(MAX);
		}
		if (start == null) {
			start = end.minus(MAX);
		}
		if (start.isAfter(end)) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, format, UserTexts.get("open311.start-after-end"));
		}
		if (Duration.between(start, end).compareTo(MAX) > 0) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, format, UserTexts.get("open311.window-too-long"));
		}
		return new Open311Window(start, end);
	}

	private static Instant instant(String field, String value, String format) {
		// a '+' sent unencoded in a query arrives as a space
		String text = value.trim().replace(' ', '+');
		try {
			return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(District.ZONE).toInstant()
					: OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, format,
					UserTexts.get("open311.date-time-invalid", field));
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
