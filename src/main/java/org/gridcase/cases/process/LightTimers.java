package org.gridcase.cases.process;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * The engine jobs behind lights: scheduled on the execution of the task or the case's
 * lifecycle instance (so they go with their process instance and are suspended with it), and
 * removed with their task in the transaction that completes or deletes it.
 */
final class LightTimers {

	private LightTimers() {
	}

	static void schedule(ExecutionEntity execution, LightTimer light, Instant at) {
		TimerEntity timer = new TimerEntity();
		timer.setJobHandlerType(LightTimerJobHandler.TYPE);
		timer.setJobHandlerConfiguration(light);
		timer.setDuedate(Date.from(at));
		timer.setExecution(execution);
		Context.getCommandContext().getJobManager().schedule(timer);
	}

	/**
	 * Deletes the task's light timer. It was scheduled on the task's execution, whose jobs the
	 * deletion loads anyway, so that execution is looked at first: one query (issue 13; the
	 * instance's jobs were loaded and then the execution's again). A timer found nowhere there
	 * lives on another execution of the instance that outlived the task's (the instance itself,
	 * or its parent after the execution tree changed), so the instance's jobs are looked up then
	 * (an indexed query) by their configuration.
	 */
	static void removeWith(DelegateTask task) {
		if (task.getProcessInstanceId() == null) {
			return;
		}
		String prefix = LightTimer.prefixOf(task.getId());
		ExecutionEntity execution = (ExecutionEntity) task.getExecution();
		if (execution != null && deleteIn(execution.getJobs(), prefix)) {
			return;
		}
		deleteIn(Context.getCommandContext().getJobManager().findJobsByProcessInstanceId(task.getProcessInstanceId()),
				prefix);
	}

	private static boolean deleteIn(List<JobEntity> jobs, String prefix) {
		boolean deleted = false;
		for (JobEntity job : List.copyOf(jobs)) {
			if (LightTimerJobHandler.TYPE.equals(job.getJobHandlerType())
					&& job.getJobHandlerConfigurationRaw().startsWith(prefix)) {
				job.delete();
				deleted = true;
			}
		}
		return deleted;
	}

}
