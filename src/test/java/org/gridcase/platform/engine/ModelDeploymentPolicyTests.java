package org.gridcase.platform.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridcase.platform.engine.ModelSandboxTests.bpmn;

class ModelDeploymentPolicyTests {

	static final StaticListableBeanFactory BEANS = new StaticListableBeanFactory(
			Map.of("taskRouting", new Object(), "caseDeadlines", new Object(), "caseSteps", new Object(),
					"caseEscalations", new Object(), "jointEnforcement", new Object(), "dataSource", new Object()));

	@Test
	void theShippedModelsPassWithTheDefaultSettings() throws IOException {
		ModelSandboxProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("gridcase.models", ModelSandboxProperties.class);
		List<Path> models;
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			models = files.filter(Files::isRegularFile).toList();
		}

		assertThat(models).hasSizeGreaterThan(5);
		for (Path model : models) {
			assertThatCode(() -> policy(defaults).deploy(deployment(model.toString(), Files.readString(model))))
				.as(model.toString())
				.doesNotThrowAnyException();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "deployment://check.groovy" })
	void scriptsInAnAllowedLanguageFromTheDeploymentAreAccepted(String resource) {
		String model = bpmn("<bpmn:scriptTask id=\"Activity_Check\" scriptFormat=\"groovy\""
				+ (resource.isEmpty() ? "><bpmn:script>1 + 1</bpmn:script></bpmn:scriptTask>"
						: " camunda:resource=\"" + resource + "\"/>"));

		assertThatCode(() -> policy(groovyAllowed()).deploy(deployment("Check.bpmn", model))).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "classpath://application.yml", "file:///etc/passwd", "http://example.org/x.groovy" })
	void scriptsFromOutsideTheDeploymentAreRefusedEvenInAnAllowedLanguage(String resource) {
		String model = bpmn("<bpmn:scriptTask id=\"Activity_Check\" scriptFormat=\"groovy\" camunda:resource=\""
				+ resource + "\"/>");

		assertThatThrownBy(() -> policy(groovyAllowed()).deploy(deployment("Check.bpmn", model)))
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("Activity_Check")
			.hasMessageContaining(resource);
	}

	@Test
	void onlyListedDelegateClassesMayBeInstantiated() {
		ModelSandboxProperties properties = new ModelSandboxProperties(Set.of(), Set.of(),
				Set.of("org.gridcase.Listed"));

		assertThatCode(() -> policy(properties).deploy(deployment("Listed.bpmn",
				bpmn("<bpmn:serviceTask id=\"Activity_Listed\" camunda:class=\"org.gridcase.Listed\"/>"))))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> policy(properties).deploy(deployment("Other.bpmn",
				bpmn("<bpmn:callActivity id=\"Activity_Mapping\" calledElement=\"X\" "
						+ "camunda:variableMappingClass=\"java.lang.Runtime\"/>"))))
			.isInstanceOf(ParseException.class)
			.hasMessageContaining("Activity_Mapping")
			.hasMessageContaining("java.lang.Runtime");
	}

	@Test
	void namesEveryRefusedElementOfTheResource() {
		String model = bpmn("<bpmn:serviceTask id=\"Activity_One\" camunda:expression=\"${dataSource.connection}\"/>"
				+ "<bpmn:serviceTask id=\"Activity_Two\" camunda:expression=\"${execution.getProcessEngine()}\"/>"
				+ "<bpmn:serviceTask id=\"Activity_Fine\" camunda:expression=\"${taskRouting.route(task, 'GRID_LEADER')}\"/>");

		assertThatThrownBy(() -> policy(groovyAllowed()).deploy(deployment("Two.bpmn", model)))
			.isInstanceOfSatisfying(ParseException.class, refusal -> assertThat(refusal.getResorceReports())
				.singleElement()
				.satisfies(report -> assertThat(report.getResourceName()).isEqualTo("Two.bpmn"))
				.satisfies(report -> assertThat(report.getErrors()).extracting(problem -> problem.getMainElementId())
					.containsExactly("Activity_One", "Activity_Two")));
	}

	@Test
	void formsAndOtherResourcesAreData() {
		assertThatCode(() -> policy(groovyAllowed()).deploy(deployment("forms/X.form",
				"{\"components\": [{\"key\": \"${''.getClass()}\"}]}")))
			.doesNotThrowAnyException();
	}

	private static ModelSandboxProperties groovyAllowed() {
		return new ModelSandboxProperties(Set.of("taskRouting"), Set.of("groovy"), Set.of());
	}

	private static ModelDeploymentPolicy policy(ModelSandboxProperties properties) {
		ExpressionSandbox sandbox = new ExpressionSandbox(properties.expressionBeans(), BEANS);
		return new ModelDeploymentPolicy(new ModelExpressionCheck(sandbox, "now"::equals), properties);
	}

	private static DeploymentEntity deployment(String name, String content) {
		ResourceEntity resource = new ResourceEntity();
		resource.setName(name);
		resource.setBytes(content.getBytes(StandardCharsets.UTF_8));
		DeploymentEntity deployment = new DeploymentEntity();
		deployment.addResource(resource);
		return deployment;
	}

}
