package org.gridcase.deadlines.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.gridcase.deadlines.LimitUnit;
import org.gridcase.deadlines.TimeLimit;
import org.gridcase.deadlines.TimeLimits;
import org.gridcase.deadlines.WarningLevels;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evaluates the latest deployed version of the {@code CaseTimeLimits} decision, with the
 * warning level in force for the case's grid as input {@code warningLevel}.
 * <p>
 * Cheap enough to ask at every task (issue 13). An administrator may deploy a new version at any
 * moment, on any node, so the version in force is looked up again when one is deployed on this
 * node (after its commit, {@link TimeLimitsDeployments}), when the version last found leaves the
 * engine's deployment cache (its deployment was deleted on this node, or the cache let it go),
 * and at the latest {@code gridcase.deadlines.time-limits-reread-after} (10 s) after it was looked
 * up: a version deployed or deleted on another node takes that long to reach the tasks this node
 * creates (the query of the latest version was about 2% of a completion's CPU when it was sent
 * in every transaction). Its table is parsed once per version with the engine's own DMN engine
 * (its FEEL and sandbox settings), and the limit of each combination of inputs is evaluated once
 * per version: a limit depends on nothing but the table and these inputs. The evaluation writes no decision history: the limit a task got is
 * recorded with the task (its {@code timeLimit} variable and due date).
 * <p>
 * Within one transaction the version in force and a grid's warning level are looked up once:
 * opening a case asks for the case's limit and its first task's, and both answers would be the
 * same (issue 13: two queries less per report).
 */
@Component
class DmnTimeLimits implements TimeLimits {

	static final String DECISION = "CaseTimeLimits";

	/** More combinations than a district has (issue types × severities × steps × levels); a safety bound. */
	private static final int MAX_REMEMBERED = 10_000;

	private final RepositoryService repository;

	private final ProcessEngineConfigurationImpl engine;

	private final ObjectProvider<WarningLevels> warnings;

	private final TimeLimitsDeployments deployments;

	/** How long a version deployed or deleted on another node may go unseen by this one. */
	private final Duration rereadAfter;

	private volatile DeployedTable inForce;

	DmnTimeLimits(RepositoryService repository, ProcessEngineConfigurationImpl engine,
			ObjectProvider<WarningLevels> warnings, TimeLimitsDeployments deployments,
			@Value("${gridcase.deadlines.time-limits-reread-after:10s}") Duration rereadAfter) {
		this.repository = repository;
		this.engine = engine;
		this.warnings = warnings;
		this.deployments = deployments;
		this.rereadAfter = rereadAfter;
	}

	@Override
	public TimeLimit limitFor(String issueType, String severity, String step, String gridCode) {
		LookedUp lookedUp = lookedUpInThisTransaction();
		Inputs inputs = new Inputs(issueType, severity, step,
				gridCode == null ? WarningLevels.NONE : lookedUp.levels.computeIfAbsent(gridCode, this::warningLevelAt));
		// Asked on behalf of whoever completes a task: the limits are the district's, not the user's.
		return asDistrict(() -> {
			if (lookedUp.table == null) {
				lookedUp.table = tableInForce();
			}
			return lookedUp.table.limitFor(inputs);
		});
	}

	private String warningLevelAt(String gridCode) {
		WarningLevels levels = this.warnings.getIfAvailable();
		return levels == null ? WarningLevels.NONE : levels.levelAt(gridCode);
	}

	/** What this transaction looked up already (a fresh record outside of one). */
	private LookedUp lookedUpInThisTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new LookedUp();
		}
		LookedUp bound = (LookedUp) TransactionSynchronizationManager.getResource(this);
		if (bound != null) {
			return bound;
		}
		LookedUp fresh = new LookedUp();
		TransactionSynchronizationManager.bindResource(this, fresh);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(DmnTimeLimits.this);
			}
		});
		return fresh;
	}

	/** The version in force and the grids' warning levels, as one transaction found them. */
	private static final class LookedUp {

		private final Map<String, String> levels = new HashMap<>();

		private DeployedTable table;

	}

	private DeployedTable tableInForce() {
		DeployedTable known = this.inForce;
		if (known != null && known.answers(this.deployments.committed(), System.nanoTime() - this.rereadAfter.toNanos())
				&& stillDeployed(known.definitionId())) {
			return known;
		}
		long deploymentsSeen = this.deployments.committed();
		long lookedUpAt = System.nanoTime();
		DecisionDefinition latest = this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(DECISION)
			.latestVersion()
			.withoutTenantId()
			.singleResult();
		if (latest == null) {
			throw new IllegalStateException(DECISION + " is not deployed");
		}
		DeployedTable current = known != null && known.definitionId().equals(latest.getId()) ? known
				: new DeployedTable(latest.getId(), parse(latest.getId()), this.engine.getDmnEngine());
		// also puts the definition into the engine's deployment cache, which a deletion empties
		this.repository.getDecisionDefinition(latest.getId());
		DeployedTable found = current.lookedUp(deploymentsSeen, lookedUpAt);
		this.inForce = found;
		return found;
	}

	/** Whether the engine's deployment cache still holds the version (a deletion on this node removes it). */
	private boolean stillDeployed(String definitionId) {
		return this.engine.getDeploymentCache().getDecisionDefinitionCache().get(definitionId) != null;
	}

	private DmnDecision parse(String definitionId) {
		try (InputStream model = this.repository.getDecisionModel(definitionId)) {
			return this.engine.getDmnEngine().parseDecision(DECISION, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** In the engine's command (a new one if none is running: the engine's DMN parser needs one). */
	private <T> T asDistrict(Supplier<T> lookup) {
		CommandContext running = Context.getCommandContext();
		if (running != null) {
			return running.runWithoutAuthorization(lookup::get);
		}
		return this.engine.getCommandExecutorTxRequired()
			.execute(commandContext -> commandContext.runWithoutAuthorization(lookup::get));
	}

	record Inputs(String issueType, String severity, String step, String warningLevel) {

		Map<String, Object> variables() {
			return Variables.putValue("issueType", this.issueType)
				.putValue("severity", this.severity)
				.putValue("step", this.step)
				.putValue("warningLevel", this.warningLevel);
		}

	}

	/**
	 * One deployed version of the table, parsed, with the limits it gave so far, found to be the
	 * latest with {@code deploymentsSeen} deployments made on this node, at {@code lookedUpAt}
	 * (nanoTime).
	 */
	record DeployedTable(String definitionId, DmnDecision decision, DmnEngine dmn, Map<Inputs, TimeLimit> given,
			long deploymentsSeen, long lookedUpAt) {

		DeployedTable(String definitionId, DmnDecision decision, DmnEngine dmn) {
			this(definitionId, decision, dmn, new ConcurrentHashMap<>(), -1, 0);
		}

		DeployedTable lookedUp(long deployments, long at) {
			return new DeployedTable(this.definitionId, this.decision, this.dmn, this.given, deployments, at);
		}

		/** Whether no version was deployed on this node since, and it was looked up after {@code lookedUpSince}. */
		boolean answers(long deployments, long lookedUpSince) {
			return deployments == this.deploymentsSeen && this.lookedUpAt - lookedUpSince > 0;
		}

		TimeLimit limitFor(Inputs inputs) {
			TimeLimit known = this.given.get(inputs);
			if (known != null) {
				return known;
			}
			TimeLimit limit = evaluate(inputs);
			if (this.given.size() >= MAX_REMEMBERED) {
				this.given.clear();
			}
			this.given.put(inputs, limit);
			return limit;
		}

		private TimeLimit evaluate(Inputs inputs) {
			DmnDecisionRuleResult result = this.dmn.evaluateDecisionTable(this.decision, inputs.variables()).getFirstResult();
			if (result == null) {
				throw new IllegalStateException(DECISION + " has no rule for " + inputs);
			}
			Number amount = result.getEntry("amount");
			String unit = result.getEntry("unit");
			return TimeLimit.of(amount.doubleValue(), LimitUnit.valueOf(unit));
		}

	}

}
