package org.gridcase.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;

import org.springframework.stereotype.Component;

/**
 * What the engine runs, as the modeler lists and opens it: the latest version of every process
 * and decision and the latest deployed copy of every form.
 */
@Component
class DeployedModels {

	/** The resources the modeler opens and deploys. */
	static final Pattern MODEL_NAME = Pattern.compile("(?:(?:processes|forms)/)?[A-Za-z0-9_-]{1,120}\\.(bpmn|dmn|form)");

	private final RepositoryService repository;

	DeployedModels(RepositoryService repository) {
		this.repository = repository;
	}

	List<DefinitionView> latest() {
		List<DefinitionView> definitions = new ArrayList<>();
		this.repository.createProcessDefinitionQuery()
			.latestVersion()
			.orderByProcessDefinitionKey()
			.asc()
			.list()
			.stream()
			.filter(definition -> MODEL_NAME.matcher(fileName(definition.getResourceName())).matches())
			.map(this::process)
			.forEach(definitions::add);
		Map<String, DefinitionView> decisions = new LinkedHashMap<>();
		for (DecisionDefinition decision : this.repository.createDecisionDefinitionQuery()
			.latestVersion()
			.orderByDecisionDefinitionKey()
			.asc()
			.list()) {
			decisions.putIfAbsent(decision.getDeploymentId() + "/" + decision.getResourceName(),
					new DefinitionView("dmn", decision.getKey(), decision.getName(), decision.getVersion(),
							decision.getId(), decision.getDeploymentId(), decision.getResourceName(),
							deployedAt(decision.getDeploymentId())));
		}
		definitions.addAll(decisions.values());
		definitions.addAll(forms());
		return definitions;
	}

	/** The text of a model resource of a deployment, if there is one by that name. */
	Optional<String> source(String deploymentId, String resourceName) {
		if (!MODEL_NAME.matcher(fileName(resourceName)).matches()) {
			return Optional.empty();
		}
		boolean present = this.repository.getDeploymentResourceNames(deploymentId).contains(resourceName);
		if (!present) {
			return Optional.empty();
		}
		try (InputStream in = this.repository.getResourceAsStream(deploymentId, resourceName)) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The deployment holding the newest copy of a resource of this (file) name. */
	Optional<Deployment> latestDeploymentWith(String fileName) {
		for (Deployment deployment : deploymentsNewestFirst()) {
			if (this.repository.getDeploymentResourceNames(deployment.getId())
				.stream()
				.anyMatch(name -> fileName.equals(fileName(name)))) {
				return Optional.of(deployment);
			}
		}
		return Optional.empty();
	}

	/** The full resource name of a file in a deployment (resources may sit in folders). */
	Optional<String> resourceName(String deploymentId, String fileName) {
		return this.repository.getDeploymentResourceNames(deploymentId)
			.stream()
			.filter(name -> fileName.equals(fileName(name)))
			.findFirst();
	}

	private List<DefinitionView> forms() {
		Map<String, DefinitionView> forms = new LinkedHashMap<>();
		for (Deployment deployment : deploymentsNewestFirst()) {
			for (Resource resource : this.repository.getDeploymentResources(deployment.getId())) {
				String file = fileName(resource.getName());
				if (file.endsWith(".form") && MODEL_NAME.matcher(file).matches()) {
					String key = file.substring(0, file.length() - ".form".length());
					forms.putIfAbsent(key, new DefinitionView("form", key, key, null, resource.getId(),
							deployment.getId(), resource.getName(), deployment.getDeploymentTime().toInstant().toString()));
				}
			}
		}
		return forms.values().stream().sorted(Comparator.comparing(DefinitionView::key)).toList();
	}

	private List<Deployment> deploymentsNewestFirst() {
		return this.repository.createDeploymentQuery().orderByDeploymentTime().desc().list();
	}

	private DefinitionView process(ProcessDefinition definition) {
		return new DefinitionView("bpmn", definition.getKey(), definition.getName(), definition.getVersion(),
				definition.getId(), definition.getDeploymentId(), definition.getResourceName(),
				deployedAt(definition.getDeploymentId()));
	}

	private String deployedAt(String deploymentId) {
		Deployment deployment = this.repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
		return deployment == null ? null : deployment.getDeploymentTime().toInstant().toString();
	}

	static String fileName(String resourceName) {
		return resourceName == null ? "" : resourceName.substring(resourceName.lastIndexOf('/') + 1);
	}

	/**
	 * One deployed model: {@code kind} bpmn, dmn or form; {@code id} the definition's (for a form
	 * the resource's); {@code version} none for forms.
	 */
	record DefinitionView(String kind, String key, String name, Integer version, String id, String deploymentId,
			String resourceName, String deployedAt) {
	}

}
