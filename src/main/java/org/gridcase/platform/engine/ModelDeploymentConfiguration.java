package org.gridcase.platform.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code processes/} (BPMN, DMN) and {@code forms/} (Camunda Forms) under
 * names relative to the classpath, such as {@code processes/CaseLifecycleProcess.bpmn}.
 * <p>
 * The starter names a resource after its absolute file path when it comes from a directory
 * ({@code mvn spring-boot:run}) and after its bare file name when it comes from a jar
 * ({@code java -jar}); duplicate filtering compares names, so switching between the two would
 * deploy new versions of every model. Stable names keep restarts free of new versions.
 */
@Component
class ModelDeploymentConfiguration extends DefaultDeploymentConfiguration {

	private static final String[] MODEL_FOLDERS = { "processes", "forms" };

	private static final String[] MODEL_PATTERNS = { "classpath*:processes/**/*.bpmn",
			"classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form" };

	private final ResourcePatternResolver resolver;

	ModelDeploymentConfiguration(ResourcePatternResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public Set<Resource> getDeploymentResources() {
		Set<Resource> resources = new LinkedHashSet<>();
		try {
			for (String pattern : MODEL_PATTERNS) {
				for (Resource resource : this.resolver.getResources(pattern)) {
					resources.add(new ModelResource(resource, nameOf(resource)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return resources;
	}

	private String nameOf(Resource resource) throws IOException {
		String url = resource.getURL().toString();
		for (String folder : MODEL_FOLDERS) {
			for (Resource root : this.resolver.getResources("classpath*:" + folder + "/")) {
				String rootUrl = root.getURL().toString();
				if (url.startsWith(rootUrl)) {
					return folder + "/" + url.substring(rootUrl.length());
				}
			}
		}
		throw new IllegalStateException("Model " + url + " lies outside " + String.join(", ", MODEL_FOLDERS));
	}

}
