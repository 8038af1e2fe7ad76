package org.gridcase.deadlines.process;

import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.deadlines.TimeLimit;
import org.gridcase.deadlines.WorkingCalendar;

/**
 * The engine's {@code duration} business calendar, which resolves BPMN timer durations: our
 * time limits ({@code WORKING P2D}, {@code WORKING PT4H}, {@code PT4H}) are counted in the
 * {@link WorkingCalendar}; any other ISO-8601 duration as the engine always did.
 */
class WorkingTimeBusinessCalendar implements BusinessCalendar {

	private final WorkingCalendar calendar;

	private final DurationBusinessCalendar standard = new DurationBusinessCalendar();

	WorkingTimeBusinessCalendar(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public Date resolveDuedate(String duedate) {
		return resolveDuedate(duedate, ClockUtil.getCurrentTime());
	}

	@Override
	public Date resolveDuedate(String duedate, Date startDate) {
		TimeLimit limit;
		try {
			limit = TimeLimit.parse(duedate);
		}
		catch (IllegalArgumentException ex) {
			return this.standard.resolveDuedate(duedate, startDate);
		}
		return Date.from(this.calendar.deadline(startDate.toInstant(), limit));
	}

	@Override
	public Date resolveDuedate(String duedate, Task task) {
		return resolveDuedate(duedate, task.getCreateTime() == null ? ClockUtil.getCurrentTime() : task.getCreateTime());
	}

}
