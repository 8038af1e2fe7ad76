package org.gridcase.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gridcase.shared.District;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTests {

	/** Friday 20 November 2026, 17:00 China Standard Time. */
	private static final Instant FRIDAY_5PM = at("2026-11-20T17:00");

	private final WorkingCalendar plain = calendar(Set.of(), Set.of());

	@Test
	void twoWorkingDaysFromFridayEveningEndTuesdayEvening() {
		assertThat(this.plain.deadline(FRIDAY_5PM, TimeLimit.of(2, LimitUnit.WORKING_DAYS)))
			.isEqualTo(at("2026-11-24T17:00"));
	}

	@Test
	void aHolidayInBetweenMovesTheDeadlineFurther() {
		WorkingCalendar withHoliday = calendar(Set.of(LocalDate.parse("2026-11-23")), Set.of());

		assertThat(withHoliday.deadline(FRIDAY_5PM, TimeLimit.of(2, LimitUnit.WORKING_DAYS)))
			.isEqualTo(at("2026-11-25T17:00"));
	}

	@Test
	void aMakeUpWorkingDayOnTheWeekendCounts() {
		WorkingCalendar withMakeUpSaturday = calendar(Set.of(), Set.of(LocalDate.parse("2026-11-21")));

		assertThat(withMakeUpSaturday.deadline(FRIDAY_5PM, TimeLimit.of(1, LimitUnit.WORKING_DAYS)))
			.isEqualTo(at("2026-11-21T17:00"));
		assertThat(withMakeUpSaturday.isWorkingDay(LocalDate.parse("2026-11-21"))).isTrue();
		assertThat(withMakeUpSaturday.isWorkingDay(LocalDate.parse("2026-11-22"))).isFalse();
	}

	@Test
	void emergencyHoursRunThroughTheNight() {
		assertThat(this.plain.deadline(at("2026-11-20T20:00"), TimeLimit.of(8, LimitUnit.EMERGENCY_HOURS)))
			.isEqualTo(at("2026-11-21T04:00"));
	}

	@Test
	void workingHoursPauseOutsideOfficeHoursAndOverTheWeekend() {
		assertThat(this.plain.deadline(at("2026-11-20T16:00"), TimeLimit.of(4, LimitUnit.WORKING_HOURS)))
			.isEqualTo(at("2026-11-23T12:00"));
		assertThat(this.plain.deadline(at("2026-11-23T07:30"), TimeLimit.of(1, LimitUnit.WORKING_HOURS)))
			.isEqualTo(at("2026-11-23T10:00"));
	}

	@Test
	void eightyPercentOfWorkingDaysIsCountedInWorkingHours() {
		TimeLimit yellow = TimeLimit.of(2, LimitUnit.WORKING_DAYS).times(Light.YELLOW_AT);

		assertThat(yellow).isEqualTo(TimeLimit.of(12.8, LimitUnit.WORKING_HOURS));
		assertThat(this.plain.deadline(at("2026-11-23T09:00"), yellow)).isEqualTo(at("2026-11-24T13:48"));
	}

	@Test
	void timeLimitsReadBackFromTheirCalendarText() {
		for (TimeLimit limit : new TimeLimit[] { TimeLimit.of(2, LimitUnit.WORKING_DAYS),
				TimeLimit.of(4, LimitUnit.WORKING_HOURS), TimeLimit.of(1.5, LimitUnit.EMERGENCY_HOURS) }) {
			assertThat(TimeLimit.parse(limit.calendarText())).isEqualTo(limit);
		}
		assertThat(TimeLimit.of(2, LimitUnit.WORKING_DAYS).calendarText()).isEqualTo("WORKING P2D");
		assertThat(TimeLimit.of(2, LimitUnit.WORKING_DAYS).label()).isEqualTo("2个工作日");
	}

	private static WorkingCalendar calendar(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
		return new WorkingCalendar(
				new WorkingCalendarProperties(holidays, makeUpDays, LocalTime.of(9, 0), LocalTime.of(17, 0)));
	}

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(District.ZONE).toInstant();
	}

}
