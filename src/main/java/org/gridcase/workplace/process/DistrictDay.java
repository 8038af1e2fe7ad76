package org.gridcase.workplace.process;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.gridcase.shared.District;

/**
 * Today in the district (China Standard Time, by the engine's clock), for stored task queries:
 * the expression functions {@code ${districtTodayStart()}} and {@code ${districtTomorrowStart()}}
 * (the engine's own {@code dateTime()} counts days in the server's zone and answers a Joda
 * object the expression sandbox does not open). Public because the expression language calls
 * only public methods of public classes.
 */
public final class DistrictDay {

	static final String TODAY_START = "districtTodayStart";

	static final String TOMORROW_START = "districtTomorrowStart";

	private DistrictDay() {
	}

	public static Date districtTodayStart() {
		return startOf(today());
	}

	public static Date districtTomorrowStart() {
		return startOf(today().plusDays(1));
	}

	private static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.now().toInstant(), District.ZONE);
	}

	private static Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(District.ZONE).toInstant());
	}

}
