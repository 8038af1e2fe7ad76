package org.gridcase.cases.process;

import java.time.Clock;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseProgress;
import org.gridcase.deadlines.Light;
import org.gridcase.deadlines.TimeLimit;
import org.gridcase.deadlines.TimeLimits;
import org.gridcase.deadlines.WorkingCalendar;
import org.gridcase.grid.TaskRoutingVariables;
import org.gridcase.shared.District;

import org.springframework.stereotype.Component;

import static org.gridcase.cases.process.CaseLifecycleProcessVariables.DEADLINE;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.GRID_CODE;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.ISSUE_TYPE;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.LIGHT;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.SEVERITY;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.TIME_LIMIT;

/**
 * Time limits of steps and cases, from the {@code CaseTimeLimits} decision counted in the
 * working calendar, and the engine timers that turn their lights: yellow at 80% of the limit,
 * red at 100%. A task or case has one light timer at a time (the yellow one schedules the red
 * one, {@link LightTimerJobHandler}); a task's goes with the task ({@link LightTimers#removeWith}).
 * <ul>
 * <li>{@code ${caseDeadlines.limit(execution, 'HANDLE_IN_GRID')}}: a step's limit as timer
 * duration text, for escalation boundary timers.</li>
 * <li>{@code ${caseDeadlines.track(task, 'HANDLE_IN_GRID')}}: create task listener (after the
 * routing listener) setting the task's due date and light, and the case's responsibility (on the
 * case record only: {@link CaseEscalations} reads it there).</li>
 * <li>{@code ${caseDeadlines.trackCase(execution)}}: the whole case's limit and light.</li>
 * </ul>
 */
@Component("caseDeadlines")
public class CaseDeadlines {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(District.ZONE);

	private final TimeLimits limits;

	private final WorkingCalendar calendar;

	private final CaseProgress progress;

	private final Clock clock;

	CaseDeadlines(TimeLimits limits, WorkingCalendar calendar, CaseProgress progress, Clock clock) {
		this.limits = limits;
		this.calendar = calendar;
		this.progress = progress;
		this.clock = clock;
	}

	public String limit(DelegateExecution execution, String step) {
		return limitOf(execution, step).calendarText();
	}

	/** A step of the case: the task's deadline and light are the case's too. */
	public void track(DelegateTask task, String step) {
		String group = (String) task.getVariableLocal(TaskRoutingVariables.ROUTED_TO);
		CaseId caseId = CaseSteps.caseId(task);
		Instant due = trackTask(task, step, caseId.toString());
		this.progress.assignTo(caseId, group, due);
	}

	/** A task about the case that is no step of it (e.g. accountability review): its own light only. */
	public void trackOwn(DelegateTask task, String step) {
		trackTask(task, step, null);
	}

	private Instant trackTask(DelegateTask task, String step, String caseId) {
		TimeLimit limit = limitOf(task, step);
		Instant now = this.clock.instant();
		Instant due = this.calendar.deadline(now, limit);
		task.setDueDate(Date.from(due));
		task.setVariableLocal(LIGHT, Light.GREEN.name());
		task.setVariableLocal(DEADLINE, SHOWN.format(due));
		task.setVariableLocal(TIME_LIMIT, limit.label());
		LightTimers.schedule((ExecutionEntity) task.getExecution(), LightTimer.yellow(task.getId(), caseId, due),
				this.calendar.deadline(now, limit.times(Light.YELLOW_AT)));
		return due;
	}

	public void trackCase(DelegateExecution execution) {
		TimeLimit limit = limitOf(execution, TimeLimits.WHOLE_CASE);
		Instant now = this.clock.instant();
		Instant due = this.calendar.deadline(now, limit);
		CaseId caseId = CaseSteps.caseId(execution);
		this.progress.setCaseDueAt(caseId, due);
		LightTimers.schedule(((ExecutionEntity) execution).getProcessInstance(),
				LightTimer.yellow(null, caseId.toString(), due), this.calendar.deadline(now, limit.times(Light.YELLOW_AT)));
	}

	private TimeLimit limitOf(org.camunda.bpm.engine.delegate.VariableScope scope, String step) {
		// the grid: a four-level warning in force there shortens the limit (supervision, issue 14)
		return this.limits.limitFor((String) scope.getVariable(ISSUE_TYPE), (String) scope.getVariable(SEVERITY), step,
				(String) scope.getVariable(GRID_CODE));
	}

}
