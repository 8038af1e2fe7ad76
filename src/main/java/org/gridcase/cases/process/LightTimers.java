package org.gridcase.cases.process;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * The engine jobs behind lights: scheduled on the execution of the task or the case's
 * lifecycle instance (so they go with their process instance and are suspended with it), and
 * removed with their task in the transaction that completes or deletes it.
 * <p>
 * Timers scheduled on one execution in one transaction share a job ({@link LightTimerJob}): a
 * case's timer and its first task's are one row at intake instead of two (issue 13). A job
 * already written is never changed in place: removing a task's timer from a shared job deletes
 * the job and schedules the others' again, which a next task of the same execution then joins.
 */
final class LightTimers {

	private LightTimers() {
	}

	static void schedule(ExecutionEntity execution, LightTimer light, Instant at) {
		schedule(execution, List.of(new LightTimerJob.Due(light, at)));
	}

	static void schedule(ExecutionEntity execution, List<LightTimerJob.Due> timers) {
		CommandContext commandContext = Context.getCommandContext();
		TimerEntity pending = newJobOf(execution, commandContext.getDbEntityManager());
		if (pending != null) {
			LightTimerJob joined = LightTimerJob.of(pending).with(timers);
			pending.setJobHandlerConfiguration(joined);
			pending.setDuedate(Date.from(joined.dueDate()));
			return;
		}
		LightTimerJob job = new LightTimerJob(timers);
		TimerEntity timer = new TimerEntity();
		timer.setJobHandlerType(LightTimerJobHandler.TYPE);
		timer.setJobHandlerConfiguration(job);
		timer.setDuedate(Date.from(job.dueDate()));
		timer.setExecution(execution);
		commandContext.getJobManager().schedule(timer);
	}

	/** The light job of this execution scheduled in this command and not written yet, if any. */
	private static TimerEntity newJobOf(ExecutionEntity execution, DbEntityManager entities) {
		return entities.getCachedEntitiesByType(TimerEntity.class)
			.stream()
			.filter(job -> LightTimerJobHandler.TYPE.equals(job.getJobHandlerType())
					&& execution.getId().equals(job.getExecutionId()) && entities.getDbEntityCache().isTransient(job))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Removes the task's light timer. It was scheduled on the task's execution, whose jobs the
	 * deletion loads anyway, so that execution is looked at first: one query (issue 13; the
	 * instance's jobs were loaded and then the execution's again). A timer found nowhere there
	 * lives on another execution of the instance that outlived the task's (the instance itself,
	 * or its parent after the execution tree changed), so the instance's jobs are looked up then
	 * (an indexed query). A job shared with other timers (the case's) is scheduled again without
	 * the task's.
	 */
	static void removeWith(DelegateTask task) {
		if (task.getProcessInstanceId() == null) {
			return;
		}
		ExecutionEntity execution = (ExecutionEntity) task.getExecution();
		if (execution != null && removeFrom(execution.getJobs(), task.getId())) {
			return;
		}
		removeFrom(Context.getCommandContext().getJobManager().findJobsByProcessInstanceId(task.getProcessInstanceId()),
				task.getId());
	}

	private static boolean removeFrom(List<JobEntity> jobs, String taskId) {
		boolean removed = false;
		for (JobEntity job : List.copyOf(jobs)) {
			if (!LightTimerJobHandler.TYPE.equals(job.getJobHandlerType())) {
				continue;
			}
			LightTimerJob timers = LightTimerJob.of(job);
			if (timers.holdsTimerOf(taskId)) {
				ExecutionEntity execution = job.getExecution();
				job.delete();
				LightTimerJob others = timers.withoutTimersOf(taskId);
				if (!others.timers().isEmpty()) {
					schedule(execution, others.timers());
				}
				removed = true;
			}
		}
		return removed;
	}

}
