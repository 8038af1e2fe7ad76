package org.gridcase.modeler;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UnprocessableInputException;
import org.gridcase.shared.UserTexts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances of a process to another version of it with the engine's migration API.
 * The plan maps equal activities (same id) and updates event triggers. The preview tries each
 * instance's migration in a transaction of its own that is always rolled back, so what it reports
 * is the engine's own verdict, instance by instance, and nothing changes.
 */
@Service
class InstanceMigration {

	/** At most this many instances are previewed or moved at once. */
	static final int LIMIT = 200;

	private static final Logger log = LoggerFactory.getLogger(InstanceMigration.class);

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final TransactionTemplate rolledBack;

	InstanceMigration(RepositoryService repository, RuntimeService runtime, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.runtime = runtime;
		this.rolledBack = new TransactionTemplate(transactions);
		this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The versions of a process, newest first, with how many instances run on each. */
	List<VersionView> versions(String key) {
		return this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.orderByProcessDefinitionVersion()
			.desc()
			.list()
			.stream()
			.map(definition -> new VersionView(definition.getId(), definition.getVersion(),
					this.runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count()))
			.toList();
	}

	MigrationPreview preview(MigrationCommand command) {
		MigrationPlan plan = plan(command);
		List<InstancePreview> instances = new ArrayList<>();
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processDefinitionId(command.sourceDefinitionId())
			.orderByProcessInstanceId()
			.asc()
			.listPage(0, LIMIT)) {
			instances.add(tryOn(plan, instance));
		}
		long running = this.runtime.createProcessInstanceQuery().processDefinitionId(command.sourceDefinitionId()).count();
		List<String> mapped = plan.getInstructions().stream().map(instruction -> instruction.getSourceActivityId()).toList();
		return new MigrationPreview(command.sourceDefinitionId(), command.targetDefinitionId(), mapped, running, instances);
	}

	MigrationResult migrate(MigrationCommand command, String administrator) {
		if (command.processInstanceIds() == null || command.processInstanceIds().isEmpty()
				|| command.processInstanceIds().size() > LIMIT) {
			throw new InvalidInputException("processInstanceIds", UserTexts.get("modeler.migration.instances-required", LIMIT));
		}
		MigrationPlan plan = plan(command);
		long onSource = this.runtime.createProcessInstanceQuery()
			.processDefinitionId(command.sourceDefinitionId())
			.processInstanceIds(java.util.Set.copyOf(command.processInstanceIds()))
			.count();
		if (onSource != java.util.Set.copyOf(command.processInstanceIds()).size()) {
			throw new InvalidInputException("processInstanceIds", UserTexts.get("modeler.migration.not-on-source"));
		}
		try {
			this.runtime.newMigration(plan).processInstanceIds(command.processInstanceIds()).execute();
		}
		catch (MigratingProcessInstanceValidationException ex) {
			throw new UnprocessableInputException("processInstanceIds", reasons(ex.getValidationReport()).toString());
		}
		log.info("{} migrated {} instances from {} to {}", administrator, command.processInstanceIds().size(),
				command.sourceDefinitionId(), command.targetDefinitionId());
		return new MigrationResult(command.processInstanceIds().size(), command.targetDefinitionId());
	}

	private MigrationPlan plan(MigrationCommand command) {
		ProcessDefinition source = definition("sourceDefinitionId", command.sourceDefinitionId());
		ProcessDefinition target = definition("targetDefinitionId", command.targetDefinitionId());
		if (!source.getKey().equals(target.getKey()) || source.getId().equals(target.getId())) {
			throw new InvalidInputException("targetDefinitionId", UserTexts.get("modeler.migration.other-version"));
		}
		try {
			return this.runtime.createMigrationPlan(source.getId(), target.getId())
				.mapEqualActivities()
				.updateEventTriggers()
				.build();
		}
		catch (MigrationPlanValidationException ex) {
			List<String> reasons = new ArrayList<>();
			for (MigrationInstructionValidationReport report : ex.getValidationReport().getInstructionReports()) {
				reasons.add(UserTexts.get("modeler.migration.activity-blocked",
						report.getMigrationInstruction().getSourceActivityId(), String.join("; ", report.getFailures())));
			}
			throw new UnprocessableInputException("targetDefinitionId",
					UserTexts.get("modeler.migration.plan-invalid", String.join("; ", reasons)));
		}
	}

	private ProcessDefinition definition(String field, String id) {
		ProcessDefinition definition = id == null ? null
				: this.repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
		if (definition == null) {
			throw new InvalidInputException(field, UserTexts.get("modeler.definition-unknown", String.valueOf(id)));
		}
		return definition;
	}

	private InstancePreview tryOn(MigrationPlan plan, ProcessInstance instance) {
		List<String> activities = this.runtime.getActiveActivityIds(instance.getId());
		try {
			this.rolledBack.executeWithoutResult(status -> {
				status.setRollbackOnly();
				this.runtime.newMigration(plan)
					.processInstanceIds(instance.getId())
					.skipCustomListeners()
					.skipIoMappings()
					.execute();
			});
			return new InstancePreview(instance.getId(), instance.getBusinessKey(), activities, true, List.of());
		}
		catch (MigratingProcessInstanceValidationException ex) {
			return new InstancePreview(instance.getId(), instance.getBusinessKey(), activities, false,
					reasons(ex.getValidationReport()));
		}
	}

	private static List<String> reasons(MigratingProcessInstanceValidationReport report) {
		List<String> reasons = new ArrayList<>(report.getFailures());
		for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
			reasons.add(UserTexts.get("modeler.migration.activity-blocked", activity.getSourceScopeId(),
					String.join("; ", activity.getFailures())));
		}
		for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
			reasons.add(UserTexts.get("modeler.migration.activity-blocked", transition.getSourceScopeId(),
					String.join("; ", transition.getFailures())));
		}
		return reasons;
	}

	/** Which version to which; the instances only when moving them. */
	record MigrationCommand(String sourceDefinitionId, String targetDefinitionId, List<String> processInstanceIds) {
	}

	record VersionView(String id, int version, long runningInstances) {
	}

	record MigrationPreview(String sourceDefinitionId, String targetDefinitionId, List<String> mappedActivities,
			long runningInstances, List<InstancePreview> instances) {
	}

	record InstancePreview(String id, String businessKey, List<String> activeActivities, boolean canMove,
			List<String> reasons) {
	}

	record MigrationResult(int migrated, String targetDefinitionId) {
	}

}
