package org.gridcase.audit.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.gridcase.shared.District;
import org.gridcase.shared.InvalidInputException;

/**
 * The days of an export, both included, counted in district time (China Standard Time).
 */
record ExportPeriod(LocalDate from, LocalDate to) {

	/** A quarter: longer periods are exported in parts, so that one export cannot tie up the database. */
	static final int MAX_DAYS = 92;

	static ExportPeriod parse(String from, String to) {
		ExportPeriod period = new ExportPeriod(day("from", from), day("to", to));
		if (period.to.isBefore(period.from)) {
			throw new InvalidInputException("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(period.from, period.to) + 1 > MAX_DAYS) {
			throw new InvalidInputException("to", "the period may span at most " + MAX_DAYS + " days");
		}
		return period;
	}

	Instant start() {
		return this.from.atStartOfDay(District.ZONE).toInstant();
	}

	/** The first moment after the period. */
	Instant end() {
		return this.to.plusDays(1).atStartOfDay(District.ZONE).toInstant();
	}

	private static LocalDate day(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "is required (YYYY-MM-DD)");
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "is not a date (YYYY-MM-DD)");
		}
	}

}
