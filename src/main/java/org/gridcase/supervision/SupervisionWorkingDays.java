package org.gridcase.supervision;

import java.sql.Date;
import java.sql.Time;
import java.time.Duration;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * hours on a working day. Only days that changed are written; the case facts' handling minutes
 * ({@link CaseFacts}) are then computed again for the closed cases that ended on or after the
 * first changed day (W before that day is unchanged) and for those that have none yet (V33's
 * backfill).
 */
@Component
class SupervisionWorkingDays implements ApplicationRunner {

	static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2040, 12, 31);

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	private final WorkingCalendarProperties properties;

	private final CaseFacts facts;

	SupervisionWorkingDays(JdbcTemplate jdbc, WorkingCalendar calendar, WorkingCalendarProperties properties,
			CaseFacts facts) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.properties = properties;
		this.facts = facts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long officeMinutes = Duration.between(this.properties.officeStart(), this.properties.officeEnd()).toMinutes();
		Time start = Time.valueOf(this.properties.officeStart());
		Time end = Time.valueOf(this.properties.officeEnd());
		Set<List<Object>> recorded = new HashSet<>(this.jdbc.query(
				"select day, minutes_before, working, office_start, office_end from supervision_working_day",
				(row, n) -> List.<Object>of(row.getDate(1), row.getLong(2), row.getBoolean(3), row.getTime(4), row.getTime(5))));
		List<Object[]> changed = new ArrayList<>();
		long before = 0;
		for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
			boolean working = this.calendar.isWorkingDay(day);
			List<Object> row = List.of(Date.valueOf(day), before, working, start, end);
			if (!recorded.contains(row)) {
				changed.add(row.toArray());
			}
			before += working ? officeMinutes : 0;
		}
		this.jdbc.batchUpdate("insert into supervision_working_day (day, minutes_before, working, office_start, office_end)"
				+ " values (?, ?, ?, ?, ?) on conflict (day) do update set minutes_before = excluded.minutes_before,"
				+ " working = excluded.working, office_start = excluded.office_start, office_end = excluded.office_end",
				changed);
		// a day before the first changed one: the district's day may begin on the day before in UTC
		Timestamp since = changed.isEmpty() ? null : Timestamp.valueOf(((Date) changed.get(0)[0]).toLocalDate().minusDays(1).atStartOfDay());
		this.facts.refreshHandlingMinutes(since);
	}

}
