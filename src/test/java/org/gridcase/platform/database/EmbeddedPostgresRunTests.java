package org.gridcase.platform.database;

import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.gridcase.GridCaseApplication;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run: no database configured, so the application starts its own PostgreSQL in
 * a data directory that outlives the process.
 */
@Tag("own-jvm")
class EmbeddedPostgresRunTests {

	@TempDir
	Path temp;

	@Test
	void casesAndProcessInstancesSurviveARestartWithoutNewModelVersions() {
		CaseId id;
		try (ConfigurableApplicationContext first = start()) {
			id = first.getBean(CaseManagement.class)
				.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "二七路人行道上堆放建筑垃圾"));
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show data_directory", String.class))
				.isEqualTo(this.temp.resolve("pg").toString());
		}

		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(CaseManagement.class).findCase(id)).isPresent();
			assertThat(second.getBean(RuntimeService.class)
				.createProcessInstanceQuery()
				.processInstanceBusinessKey(second.getBean(CaseManagement.class).findCase(id).orElseThrow().trackingNumber())
				.count()).isEqualTo(1);
			RepositoryService repository = second.getBean(RepositoryService.class);
			assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
			assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("CaseLifecycleProcess").count())
				.isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start() {
		// command-line arguments: they take precedence over application.yml
		return new SpringApplicationBuilder(GridCaseApplication.class).run(
				"--gridcase.embedded-postgres.data-directory=" + this.temp.resolve("pg"), "--server.port=0",
				"--camunda.bpm.job-execution.enabled=false");
	}

}
