package org.gridcase.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gridcase.GridCaseApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * GridCase as the benchmarks run it: on a random port, without the job executor, against the
 * durable embedded PostgreSQL in {@code dataDirectory} or the server of {@code BENCH_DB_URL}
 * ({@code BENCH_DB_USER}, {@code BENCH_DB_PASSWORD}).
 */
final class BenchApplication {

	private BenchApplication() {
	}

	static ConfigurableApplicationContext start(Path dataDirectory) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", 0);
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.org.gridcase.bench", "INFO");
		properties.put("camunda.bpm.job-execution.enabled", false);
		properties.put("gridcase.embedded-postgres.data-directory", dataDirectory.toString());
		properties.put("gridcase.rate-limits.login-failures-per-address.requests", 1000);
		String url = System.getenv("BENCH_DB_URL");
		if (url != null) {
			properties.put("spring.datasource.url", url);
			properties.put("spring.datasource.username", env("BENCH_DB_USER", "postgres"));
			properties.put("spring.datasource.password", env("BENCH_DB_PASSWORD", ""));
		}
		// as command-line arguments: they win over application.yml
		return new SpringApplicationBuilder(GridCaseApplication.class).run(properties.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new));
	}

	/** A setting from the environment, or its default. */
	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
