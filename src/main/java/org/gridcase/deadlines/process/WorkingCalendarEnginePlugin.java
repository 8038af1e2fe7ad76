package org.gridcase.deadlines.process;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gridcase.deadlines.WorkingCalendar;

import org.springframework.stereotype.Component;

/**
 * Makes BPMN timer durations count working time ({@link WorkingTimeBusinessCalendar}).
 */
@Component
class WorkingCalendarEnginePlugin extends AbstractProcessEnginePlugin {

	private final WorkingCalendar calendar;

	WorkingCalendarEnginePlugin(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
		calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new WorkingTimeBusinessCalendar(this.calendar));
		calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
		calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
		configuration.setBusinessCalendarManager(calendars);
	}

}
