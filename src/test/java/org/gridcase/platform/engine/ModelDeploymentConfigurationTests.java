package org.gridcase.platform.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ModelDeploymentConfigurationTests {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ModelDeploymentConfiguration deploymentConfiguration;

	@Test
	void deploysProcessesAndFormsUnderClasspathRelativeNames() {
		Deployment deployment = this.repositoryService.createDeploymentQuery()
			.orderByDeploymentTime()
			.asc()
			.list()
			.get(0);

		assertThat(this.repositoryService.getDeploymentResourceNames(deployment.getId()))
			.contains("processes/CaseLifecycleProcess.bpmn", "forms/SortAndReportForm.form")
			.allMatch(name -> name.startsWith("processes/") || name.startsWith("forms/"));
	}

	@Test
	void deployingTheSameModelsAgainCreatesNoNewVersion() {
		long definitionsBefore = this.repositoryService.createProcessDefinitionQuery().count();
		Deployment first = this.repositoryService.createDeploymentQuery().orderByDeploymentTime().asc().list().get(0);

		var redeployment = this.repositoryService.createDeployment()
			.name(first.getName())
			.enableDuplicateFiltering(false);
		for (Resource resource : this.deploymentConfiguration.getDeploymentResources()) {
			try {
				redeployment.addInputStream(((ContextResource) resource).getPathWithinContext(),
						resource.getInputStream());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		Deployment again = redeployment.deploy();

		assertThat(again.getId()).isEqualTo(first.getId());
		assertThat(this.repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitionsBefore);
	}

	@Test
	void namesModelsTheSameInAJarAsInADirectory(@TempDir Path temp) throws IOException {
		Path directory = Files.createDirectories(temp.resolve("classes/processes/dispute"));
		Files.writeString(directory.resolve("DisputeMediationProcess.bpmn"), "<definitions/>");
		Path jar = temp.resolve("app.jar");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
			for (String name : List.of("processes/", "processes/dispute/", "forms/")) {
				entries.putNextEntry(new JarEntry(name));
			}
			entries.putNextEntry(new JarEntry("processes/dispute/DisputeMediationProcess.bpmn"));
			entries.write("<definitions/>".getBytes(StandardCharsets.UTF_8));
		}

		assertThat(namesFrom(temp.resolve("classes").toUri().toURL()))
			.containsExactly("processes/dispute/DisputeMediationProcess.bpmn");
		assertThat(namesFrom(jar.toUri().toURL())).containsExactly("processes/dispute/DisputeMediationProcess.bpmn");
	}

	private List<String> namesFrom(URL classpathRoot) throws IOException {
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classpathRoot }, null)) {
			var configuration = new ModelDeploymentConfiguration(new PathMatchingResourcePatternResolver(loader));
			return configuration.getDeploymentResources()
				.stream()
				.map(resource -> ((ContextResource) resource).getPathWithinContext())
				.toList();
		}
	}

}
