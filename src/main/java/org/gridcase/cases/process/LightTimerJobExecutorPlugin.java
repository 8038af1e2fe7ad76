package org.gridcase.cases.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets the job executor hand out light timers {@code gridcase.light-timers.per-transaction} at a
 * time ({@link LightTimerBatches}; 1 fires each in a transaction of its own, as the engine does).
 */
@Component
class LightTimerJobExecutorPlugin extends AbstractProcessEnginePlugin {

	private final int perTransaction;

	LightTimerJobExecutorPlugin(@Value("${gridcase.light-timers.per-transaction:1}") int perTransaction) {
		this.perTransaction = perTransaction;
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getJobExecutor() != null) {
			LightTimerBatches.install(configuration.getJobExecutor(), this.perTransaction);
		}
	}

}
