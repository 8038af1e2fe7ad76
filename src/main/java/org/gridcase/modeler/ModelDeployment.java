package org.gridcase.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.UserTexts;

import org.springframework.stereotype.Service;

/**
 * Deploys what an administrator edited in the modeler as new versions, through the engine's
 * {@link RepositoryService}: the same deployment policy applies as to the desktop Modeler and the
 * REST API, and a refusal comes back as 400 naming each element. A process whose tasks bind
 * their forms to the deployment ({@code camunda:formRefBinding="deployment"}) gets the latest
 * deployed copies of those forms into the new deployment, unless the administrator sent them.
 */
@Service
class ModelDeployment {

	static final String SOURCE = "gridcase-modeler";

	private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

	private final RepositoryService repository;

	private final DeployedModels deployed;

	ModelDeployment(RepositoryService repository, DeployedModels deployed) {
		this.repository = repository;
		this.deployed = deployed;
	}

	DeployedView deploy(DeployCommand command, String administrator) {
		List<ModelFile> files = checked(command);
		DeploymentBuilder deployment = this.repository.createDeployment()
			.name(command.name() == null || command.name().isBlank() ? files.get(0).name() : command.name().strip())
			.source(SOURCE);
		Set<String> names = new LinkedHashSet<>();
		files.forEach(file -> {
			deployment.addString(file.name(), file.content());
			names.add(file.name());
		});
		try {
			for (String form : formsBoundToTheDeployment(files)) {
				String fileName = form + ".form";
				if (!names.contains(fileName)) {
					this.deployed.latestDeploymentWith(fileName)
						.flatMap(found -> this.deployed.resourceName(found.getId(), fileName)
							.map(resource -> deployment.addDeploymentResourceByName(found.getId(), resource)));
				}
			}
			DeploymentWithDefinitions result = deployment.deployWithResult();
			log.info("{} deployed {} as deployment {}", administrator, deployment.getResourceNames(), result.getId());
			return DeployedView.of(result);
		}
		catch (ParseException ex) {
			throw new InvalidInputException(problems(ex));
		}
		catch (ModelException | DmnEngineException ex) {
			throw new InvalidInputException("resources", UserTexts.get("modeler.unparsable", ex.getMessage()));
		}
	}

	private static List<ModelFile> checked(DeployCommand command) {
		if (command.resources() == null || command.resources().isEmpty()) {
			throw new InvalidInputException("resources", UserTexts.get("modeler.resources-required"));
		}
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < command.resources().size(); i++) {
			ModelFile file = command.resources().get(i);
			if (file == null || file.name() == null || !DeployedModels.MODEL_NAME.matcher(file.name()).matches()
					|| !seen.add(file.name())) {
				problems.add(new FieldProblem("resources[" + i + "].name", UserTexts.get("modeler.resource-name")));
			}
			if (file == null || file.content() == null || file.content().isBlank()) {
				problems.add(new FieldProblem("resources[" + i + "].content", UserTexts.get("modeler.content-required")));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return command.resources();
	}

	private static Set<String> formsBoundToTheDeployment(List<ModelFile> files) {
		Set<String> forms = new LinkedHashSet<>();
		for (ModelFile file : files) {
			if (!file.name().endsWith(".bpmn")) {
				continue;
			}
			var model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8)));
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				if (task.getCamundaFormRef() != null && "deployment".equals(task.getCamundaFormRefBinding())) {
					forms.add(task.getCamundaFormRef());
				}
			}
			for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
				if (start.getCamundaFormRef() != null && "deployment".equals(start.getCamundaFormRefBinding())) {
					forms.add(start.getCamundaFormRef());
				}
			}
		}
		return forms;
	}

	private static List<FieldProblem> problems(ParseException refusal) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ResourceReport report : refusal.getResorceReports()) {
			report.getErrors()
				.forEach(problem -> problems.add(new FieldProblem(
						problem.getMainElementId() != null ? problem.getMainElementId() : report.getResourceName(),
						problem.getMessage())));
		}
		if (problems.isEmpty()) {
			problems.add(new FieldProblem("resources", refusal.getMessage()));
		}
		return problems;
	}

	/** What the modeler sends: a deployment name and the files, each as text. */
	record DeployCommand(String name, List<ModelFile> resources) {
	}

	record ModelFile(String name, String content) {
	}

	/** The new deployment and the definitions it brought (new versions, or none if unchanged). */
	record DeployedView(String deploymentId, String name, List<DeployedDefinition> definitions) {

		static DeployedView of(DeploymentWithDefinitions deployment) {
			List<DeployedDefinition> definitions = new ArrayList<>();
			if (deployment.getDeployedProcessDefinitions() != null) {
				deployment.getDeployedProcessDefinitions()
					.forEach(process -> definitions.add(new DeployedDefinition("bpmn", process.getKey(),
							process.getName(), process.getVersion(), process.getId(), process.getResourceName())));
			}
			if (deployment.getDeployedDecisionDefinitions() != null) {
				deployment.getDeployedDecisionDefinitions()
					.forEach(decision -> definitions.add(new DeployedDefinition("dmn", decision.getKey(),
							decision.getName(), decision.getVersion(), decision.getId(), decision.getResourceName())));
			}
			return new DeployedView(deployment.getId(), deployment.getName(), definitions);
		}

	}

	record DeployedDefinition(String kind, String key, String name, int version, String id, String resourceName) {
	}

}
