package org.gridcase.deadlines;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The district's working calendar: public holidays and make-up working days (调休) as the State
 * Council announces them each year, and office hours.
 */
@ConfigurationProperties("gridcase.calendar")
public record WorkingCalendarProperties(@DefaultValue Set<LocalDate> holidays,
		@DefaultValue Set<LocalDate> makeUpWorkingDays, @DefaultValue("09:00") LocalTime officeStart,
		@DefaultValue("17:00") LocalTime officeEnd) {
}
