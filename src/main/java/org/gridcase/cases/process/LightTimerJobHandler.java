package org.gridcase.cases.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseProgress;
import org.gridcase.deadlines.Light;

/**
 * Fires the engine timers that turn lights yellow and red. A yellow timer schedules the red one,
 * or, when it fires after the red time too (a node was down, the clock jumped), turns the light
 * yellow and red at once: the case records both turns, as two timers would have. A task timer
 * whose task is gone (timers from before they were removed with their task) changes nothing.
 * <p>
 * The job executor hands light timers out in batches ({@link LightTimerBatches}): the first of a
 * batch fires the others, still locked by this node, in its own transaction, and takes them off
 * the worker's queue once that has committed. Should any of them fail, the whole transaction
 * rolls back and the worker runs the rest of the batch one job at a time, as the engine does.
 */
class LightTimerJobHandler implements JobHandler<LightTimer> {

	static final String TYPE = "gridcase-light";

	private final CaseProgress progress;

	LightTimerJobHandler(CaseProgress progress) {
		this.progress = progress;
	}

	@Override
	public String getType() {
		return TYPE;
	}

	@Override
	public void execute(LightTimer timer, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
		fire(timer, execution, commandContext);
		if (isTheCommandsOwnJob(timer, commandContext)) {
			fireTheRestOfTheBatch(commandContext);
		}
	}

	private void fire(LightTimer timer, ExecutionEntity execution, CommandContext commandContext) {
		Instant now = ClockUtil.now().toInstant();
		boolean redFollows = timer.redAt() != null;
		boolean redToo = redFollows && !now.isBefore(timer.redAt());
		Light light = redToo ? Light.RED : timer.light();
		if (timer.taskId() != null) {
			TaskEntity task = commandContext.getTaskManager().findTaskById(timer.taskId());
			if (task == null) {
				return;
			}
			task.setVariableLocal(CaseLifecycleProcessVariables.LIGHT, light.name());
		}
		if (timer.caseId() != null) {
			CaseId caseId = new CaseId(UUID.fromString(timer.caseId()));
			this.progress.turnLight(caseId, timer.light());
			if (redToo) {
				this.progress.turnLight(caseId, Light.RED);
			}
		}
		if (redFollows && !redToo) {
			LightTimers.schedule(execution, timer.red(), timer.redAt());
		}
	}

	/** The job the job executor asked this command to run (not one fired along with it). */
	private boolean isTheCommandsOwnJob(LightTimer timer, CommandContext commandContext) {
		JobEntity own = commandContext.getCurrentJob();
		return own != null && TYPE.equals(own.getJobHandlerType())
				&& timer.equals(newConfiguration(own.getJobHandlerConfigurationRaw()));
	}

	private void fireTheRestOfTheBatch(CommandContext commandContext) {
		JobExecutorContext worker = Context.getJobExecutorContext();
		if (worker == null) {
			return;
		}
		String lockOwner = commandContext.getProcessEngineConfiguration().getJobExecutor().getLockOwner();
		List<String> fired = new ArrayList<>();
		for (String jobId : List.copyOf(worker.getCurrentProcessorJobQueue())) {
			JobEntity job = commandContext.getJobManager().findJobById(jobId);
			if (job != null && isLightTimerLockedBy(lockOwner, job)) {
				job.execute(commandContext);
				fired.add(jobId);
			}
		}
		if (!fired.isEmpty()) {
			commandContext.getTransactionContext()
				.addTransactionListener(TransactionState.COMMITTED,
						committed -> worker.getCurrentProcessorJobQueue().removeAll(fired));
		}
	}

	private static boolean isLightTimerLockedBy(String lockOwner, JobEntity job) {
		return TYPE.equals(job.getJobHandlerType()) && lockOwner.equals(job.getLockOwner())
				&& job.getLockExpirationTime() != null && job.getLockExpirationTime().after(ClockUtil.getCurrentTime())
				&& job.getRetries() > 0 && !job.isSuspended();
	}

	@Override
	public LightTimer newConfiguration(String canonicalString) {
		return LightTimer.parse(canonicalString);
	}

	@Override
	public void onDelete(LightTimer configuration, JobEntity jobEntity) {
		// nothing to clean up
	}

}
