package org.gridcase.platform.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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
			Map<String, String> roots = folderRoots();
			for (String pattern : MODEL_PATTERNS) {
				for (Resource resource : this.resolver.getResources(pattern)) {
					resources.add(new ModelResource(resource, nameOf(resource, roots)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return resources;
	}

	/** URL of each model folder on the classpath → the folder's name. */
	private Map<String, String> folderRoots() throws IOException {
		Map<String, String> roots = new LinkedHashMap<>();
		for (String folder : MODEL_FOLDERS) {
			for (Resource root : this.resolver.getResources("classpath*:" + folder + "/")) {
				roots.put(root.getURL().toString(), folder);
			}
		}
		return roots;
	}

	private static String nameOf(Resource resource, Map<String, String> roots) throws IOException {
		String url = resource.getURL().toString();
		return roots.entrySet()
			.stream()
			.filter(root -> url.startsWith(root.getKey()))
			.findFirst()
			.map(root -> root.getValue() + "/" + url.substring(root.getKey().length()))
			.orElseThrow(() -> new IllegalStateException(
					"Model " + url + " lies outside " + String.join(", ", MODEL_FOLDERS)));
	}

}
