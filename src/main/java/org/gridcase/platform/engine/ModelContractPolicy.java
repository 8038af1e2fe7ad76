package org.gridcase.platform.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.gridcase.shared.UserTexts;

/**
 * Refuses, as a whole, a deployment whose models would not work in GridCase, naming each
 * element: a BPMN model that fails the lint rules deciding whether it runs ({@link ModelLint}) or
 * GridCase's own ({@link ModelContract}: routing, template values, time-limit timers, forms), or
 * a decision the case lifecycle reads with other outputs than it reads ({@link DecisionOutputs}).
 * Runs after {@link ModelDeploymentPolicy}, so a model that could run code is refused for that.
 */
final class ModelContractPolicy implements Deployer {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Predicate<String> formDeployed;

	ModelContractPolicy(Predicate<String> formDeployed) {
		this.formDeployed = formDeployed;
	}

	/** The policy the engine uses: deployed forms are looked up in the engine's command context. */
	static ModelContractPolicy inEngine() {
		return new ModelContractPolicy(key -> Context.getCommandContext()
			.getCamundaFormDefinitionManager()
			.findLatestDefinitionByKey(key) != null);
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		if (!deployment.isNew()) {
			// a deployment accepted before, read again into this node's cache (after a restart, on
			// another node, after eviction): only the definition's own resource is at hand here
			return;
		}
		ModelContract contract = new ModelContract(formsOf(deployment), this.formDeployed);
		for (ResourceEntity resource : deployment.getResources().values()) {
			String name = resource.getName().toLowerCase(Locale.ROOT);
			List<ModelRefusal> problems = new ArrayList<>();
			if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
				ModelDocuments.parse(resource.getBytes()).ifPresent(definitions -> {
					problems.addAll(ModelLint.check(definitions));
					problems.addAll(contract.check(definitions));
				});
			}
			else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
				ModelDocuments.parse(resource.getBytes()).ifPresent(definitions -> problems.addAll(DecisionOutputs.check(definitions)));
			}
			if (!problems.isEmpty()) {
				StringBuilder message = new StringBuilder(UserTexts.get("model.contract-refused", resource.getName()));
				problems.forEach(problem -> message.append("\n").append(problem.getMessage()));
				throw new ParseException(message.toString(), resource.getName(), List.copyOf(problems), List.of());
			}
		}
	}

	private static Set<String> formsOf(DeploymentEntity deployment) {
		Set<String> ids = new HashSet<>();
		for (ResourceEntity resource : deployment.getResources().values()) {
			if (resource.getName().toLowerCase(Locale.ROOT).endsWith(".form")) {
				try {
					String id = JSON.readTree(resource.getBytes()).path("id").asText("");
					if (!id.isEmpty()) {
						ids.add(id);
					}
				}
				catch (IOException ex) {
					// the engine's form deployer reports a form that is no JSON
				}
			}
		}
		return ids;
	}

}
