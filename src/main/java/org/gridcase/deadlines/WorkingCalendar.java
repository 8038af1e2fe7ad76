package org.gridcase.deadlines;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.gridcase.shared.District;

import org.springframework.stereotype.Component;

/**
 * Counts time limits: continuously (emergency hours), in office hours of working days
 * (working hours), or in working days ending at the same time of day (working days, so that
 * "2 working days" from Friday 17:00 ends Tuesday 17:00). A working day is a weekday that is no
 * holiday, or a make-up working day. Days are those of China Standard Time.
 */
@Component
public class WorkingCalendar {

	static final int OFFICE_HOURS_PER_DAY = 8;

	private final WorkingCalendarProperties properties;

	public WorkingCalendar(WorkingCalendarProperties properties) {
		if (Duration.between(properties.officeStart(), properties.officeEnd()).toHours() != OFFICE_HOURS_PER_DAY) {
			throw new IllegalArgumentException("office hours must span " + OFFICE_HOURS_PER_DAY + " hours");
		}
		this.properties = properties;
	}

	public Instant deadline(Instant start, TimeLimit limit) {
		return switch (limit.unit()) {
			case EMERGENCY_HOURS -> start.plus(minutes(limit));
			case WORKING_HOURS -> addWorkingTime(start, minutes(limit));
			case WORKING_DAYS -> addWorkingDays(start, limit.amount().intValueExact());
		};
	}

	public boolean isWorkingDay(LocalDate day) {
		Set<LocalDate> makeUp = this.properties.makeUpWorkingDays();
		if (makeUp.contains(day)) {
			return true;
		}
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return !weekend && !this.properties.holidays().contains(day);
	}

	Instant addWorkingDays(Instant start, int days) {
		LocalDateTime local = LocalDateTime.ofInstant(start, District.ZONE);
		LocalDate day = local.toLocalDate();
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day.atTime(local.toLocalTime()).atZone(District.ZONE).toInstant();
	}

	Instant addWorkingTime(Instant start, Duration amount) {
		LocalDateTime cursor = LocalDateTime.ofInstant(start, District.ZONE);
		Duration left = amount;
		while (true) {
			LocalDate day = cursor.toLocalDate();
			LocalDateTime open = day.atTime(this.properties.officeStart());
			LocalDateTime close = day.atTime(this.properties.officeEnd());
			if (!isWorkingDay(day) || !cursor.isBefore(close)) {
				cursor = day.plusDays(1).atTime(this.properties.officeStart());
				continue;
			}
			if (cursor.isBefore(open)) {
				cursor = open;
			}
			Duration available = Duration.between(cursor, close);
			if (left.compareTo(available) <= 0) {
				return cursor.plus(left).atZone(District.ZONE).toInstant();
			}
			left = left.minus(available);
			cursor = day.plusDays(1).atTime(this.properties.officeStart());
		}
	}

	private static Duration minutes(TimeLimit limit) {
		return Duration.ofSeconds(limit.amount().multiply(java.math.BigDecimal.valueOf(3600)).longValue());
	}

}
