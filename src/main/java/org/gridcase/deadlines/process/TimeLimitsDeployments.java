package org.gridcase.deadlines.process;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;

import org.springframework.stereotype.Component;

/**
 * Counts the deployments of a new {@code CaseTimeLimits} version made on this node, as they
 * commit (a deployer the engine runs after its own), so that the time limits take the new
 * version for the next task at once ({@link DmnTimeLimits}).
 */
@Component
class TimeLimitsDeployments extends AbstractProcessEnginePlugin implements Deployer {

	private final AtomicLong committed = new AtomicLong();

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> deployers = new ArrayList<>();
		if (configuration.getCustomPostDeployers() != null) {
			deployers.addAll(configuration.getCustomPostDeployers());
		}
		deployers.add(this);
		configuration.setCustomPostDeployers(deployers);
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (deployment.isNew() && deploysTimeLimits(deployment.getDeployedDecisionDefinitions())) {
			Context.getCommandContext()
				.getTransactionContext()
				.addTransactionListener(TransactionState.COMMITTED, commandContext -> this.committed.incrementAndGet());
		}
	}

	/** How many new versions were deployed on this node so far. */
	long committed() {
		return this.committed.get();
	}

	private static boolean deploysTimeLimits(List<DecisionDefinition> decisions) {
		return decisions != null && decisions.stream().anyMatch(decision -> DmnTimeLimits.DECISION.equals(decision.getKey()));
	}

}
