package org.gridcase.cases.process;

import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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

	@Override
	public LightTimer newConfiguration(String canonicalString) {
		return LightTimer.parse(canonicalString);
	}

	@Override
	public void onDelete(LightTimer configuration, JobEntity jobEntity) {
		// nothing to clean up
	}

}
