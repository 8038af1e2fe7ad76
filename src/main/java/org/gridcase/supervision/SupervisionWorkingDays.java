package org.gridcase.supervision;

import java.sql.Date;
import java.sql.Time;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gridcase.deadlines.WorkingCalendar;
import org.gridcase.deadlines.WorkingCalendarProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the working calendar into {@code supervision_working_day} at every start (the
 * calendar is configuration: holidays and make-up days change by year), so that SQL counts
 * handling time in working hours exactly as deadlines are counted: W(t), the working minutes
 * from {@link #FIRST_DAY} to t, is the minutes before t's day plus t's minutes within office
 * hours on a working day.
 */
@Component
class SupervisionWorkingDays implements ApplicationRunner {

	static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2040, 12, 31);

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	private final WorkingCalendarProperties properties;

	SupervisionWorkingDays(JdbcTemplate jdbc, WorkingCalendar calendar, WorkingCalendarProperties properties) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long officeMinutes = Duration.between(this.properties.officeStart(), this.properties.officeEnd()).toMinutes();
		Time start = Time.valueOf(this.properties.officeStart());
		Time end = Time.valueOf(this.properties.officeEnd());
		List<Object[]> rows = new ArrayList<>();
		long before = 0;
		for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
			boolean working = this.calendar.isWorkingDay(day);
			rows.add(new Object[] { Date.valueOf(day), before, working, start, end });
			before += working ? officeMinutes : 0;
		}
		this.jdbc.batchUpdate("insert into supervision_working_day (day, minutes_before, working, office_start, office_end)"
				+ " values (?, ?, ?, ?, ?) on conflict (day) do update set minutes_before = excluded.minutes_before,"
				+ " working = excluded.working, office_start = excluded.office_start, office_end = excluded.office_end",
				rows);
	}

}
