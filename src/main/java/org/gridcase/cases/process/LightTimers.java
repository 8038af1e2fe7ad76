package org.gridcase.cases.process;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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
	 * Deletes the task's light timer. The timer lives on an execution of the task's process
	 * instance that outlives the task (the instance itself, or its parent after the execution
	 * tree changed), so it is looked up by the instance (an indexed query) and its configuration.
	 */
	static void removeWith(DelegateTask task) {
		if (task.getProcessInstanceId() == null) {
			return;
		}
		CommandContext context = Context.getCommandContext();
		String prefix = LightTimer.prefixOf(task.getId());
		for (JobEntity job : context.getJobManager().findJobsByProcessInstanceId(task.getProcessInstanceId())) {
			if (LightTimerJobHandler.TYPE.equals(job.getJobHandlerType())
					&& job.getJobHandlerConfigurationRaw().startsWith(prefix)) {
				job.delete();
			}
		}
	}

}
