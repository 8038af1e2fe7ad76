package org.gridcase.supervision;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridcase.shared.District;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UserTexts;

/**
 * Days of the district, both included: a day, a week (Monday to Sunday), a month, a quarter, or
 * any run of days ({@code CUSTOM}, at most {@value #MAX_DAYS} days).
 */
record Period(Kind kind, LocalDate from, LocalDate to) {

	static final int MAX_DAYS = 366;

	enum Kind {

		DAY, WEEK, MONTH, QUARTER, CUSTOM;

		static Kind parse(String value, String field) {
			try {
				return value == null || value.isBlank() ? MONTH : valueOf(value.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException(field, UserTexts.get("supervision.period.unknown", value));
			}
		}

	}

	/** The period of a kind around a day, or the custom days. */
	static Period parse(String period, String date, String from, String to, LocalDate today) {
		Kind kind = Kind.parse(period, "period");
		if (kind == Kind.CUSTOM) {
			return custom(day(from, "from", null), day(to, "to", null));
		}
		return of(kind, day(date, "date", today));
	}

	static Period of(Kind kind, LocalDate day) {
		return switch (kind) {
			case DAY -> new Period(kind, day, day);
			case WEEK -> new Period(kind, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
					day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
			case MONTH -> new Period(kind, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
			case QUARTER -> {
				LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
				yield new Period(kind, first, first.plusMonths(3).minusDays(1));
			}
			case CUSTOM -> throw new IllegalArgumentException("a custom period needs its days");
		};
	}

	static Period custom(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", UserTexts.get("supervision.period.to-before-from"));
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new InvalidInputException("to", UserTexts.get("supervision.period.too-long", MAX_DAYS));
		}
		return new Period(Kind.CUSTOM, from, to);
	}

	static LocalDate day(String value, String field, LocalDate fallback) {
		if (value == null || value.isBlank()) {
			if (fallback == null) {
				throw new InvalidInputException(field, UserTexts.get("supervision.period.day-required"));
			}
			return fallback;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, UserTexts.get("supervision.period.bad-day", value));
		}
	}

	/** The first instant of the first day. */
	Instant start() {
		return this.from.atStartOfDay(District.ZONE).toInstant();
	}

	/** The first instant after the last day. */
	Instant end() {
		return this.to.plusDays(1).atStartOfDay(District.ZONE).toInstant();
	}

	/** The periods of a kind that cover these days, in order (trends). */
	List<Period> split(Kind interval) {
		List<Period> parts = new ArrayList<>();
		for (LocalDate day = this.from; !day.isAfter(this.to);) {
			Period part = of(interval, day);
			parts.add(part);
			day = part.to.plusDays(1);
		}
		return parts;
	}

}
