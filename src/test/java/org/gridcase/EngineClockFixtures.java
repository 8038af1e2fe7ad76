package org.gridcase;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.gridcase.shared.District;

/**
 * Moves the engine clock (which is also our {@link java.time.Clock}) and fires the timers that
 * are due then, instead of sleeping.
 */
public final class EngineClockFixtures {

	private EngineClockFixtures() {
	}

	/** Sets the clock to a local time in the district (China Standard Time). */
	public static Instant setClock(String localDateTime) {
		Instant instant = LocalDateTime.parse(localDateTime).atZone(District.ZONE).toInstant();
		ClockUtil.setCurrentTime(Date.from(instant));
		return instant;
	}

	public static void resetClock() {
		ClockUtil.reset();
	}

	/**
	 * Moves the clock to the given local time and executes the timers of the case's process
	 * instances (by their business key: the case's tracking number) that are due by then, oldest first.
	 */
	public static int fireTimersDueBy(ProcessEngine engine, String businessKey, String localDateTime) {
		Date now = Date.from(setClock(localDateTime).plusMillis(1));
		ManagementService managementService = engine.getManagementService();
		int fired = 0;
		// firing one timer can remove or add others: look again after each
		for (Job due = nextDue(engine, businessKey, now); due != null; due = nextDue(engine, businessKey, now)) {
			managementService.executeJob(due.getId());
			if (++fired > 100) {
				throw new IllegalStateException("timers keep firing for case " + businessKey);
			}
		}
		return fired;
	}

	private static Job nextDue(ProcessEngine engine, String businessKey, Date now) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.list()
			.stream()
			.flatMap(instance -> engine.getManagementService()
				.createJobQuery()
				.processInstanceId(instance.getId())
				.timers()
				.duedateLowerThan(now)
				.list()
				.stream())
			.min(java.util.Comparator.comparing(Job::getDuedate))
			.orElse(null);
	}

}
