package org.gridcase.bench;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.gridcase.bench.LoadGenerator.Query;
import org.gridcase.bench.LoadGenerator.Result;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit history benchmark (issue 10, point 7): GridCase against a durable PostgreSQL holding
 * {@code BENCH_CASES} (100,000) finished cases; every query of the Cockpit history view and the
 * case timeline over HTTP as auditor1; one table of p50/p95/p99, also written to
 * {@code bench/results/audit-history-<date>.md}. Run by {@code bench/audit-history.sh}.
 */
public final class AuditHistoryBenchmark {

	private AuditHistoryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int cases = Integer.parseInt(BenchApplication.env("BENCH_CASES", "100000"));
		int clients = Integer.parseInt(BenchApplication.env("BENCH_CLIENTS", "4"));
		int samples = Integer.parseInt(BenchApplication.env("BENCH_SAMPLES", "1000"));
		int warmUp = Integer.parseInt(BenchApplication.env("BENCH_WARMUP", "200"));
		Path dataDirectory = Path.of(BenchApplication.env("BENCH_DATA_DIR", "bench/.data/pg")).toAbsolutePath();
		try (ConfigurableApplicationContext app = BenchApplication.start(dataDirectory)) {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			DataSource dataSource = app.getBean(DataSource.class);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			HistorySeed seed = new HistorySeed(dataSource);
			int seeded = seed.seeded();
			if (seeded == 0) {
				long started = System.nanoTime();
				List<String> templates = seed.templatesOfAnEarlierAttempt();
				if (templates.isEmpty()) {
					System.out.println("Working template cases through the engine ...");
					templates = new TemplateCases(port, app.getBean(ProcessEngine.class))
						.create(Integer.parseInt(BenchApplication.env("BENCH_TEMPLATES_PER_PATH", "6")));
				}
				System.out.printf("Replicating %d template cases into %,d finished cases ...%n", templates.size(), cases);
				seed.seed(templates, cases);
				System.out.printf("Seeded in %.0f s%n", (System.nanoTime() - started) / 1e9);
			}
			else if (seeded != cases) {
				throw new IllegalStateException("The data directory holds " + seeded + " seeded cases, not " + cases
						+ ": delete " + dataDirectory + " or set BENCH_CASES=" + seeded);
			}
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			WebappSession auditor = WebappSession.logIn(http, port, "auditor1", "demo123");
			List<SampleCase> sampleCases = SampleCase.pick(jdbc, 1000);
			List<Query> queries = new ArrayList<>(HistoryViewQueries.all(auditor));
			if (Boolean.parseBoolean(BenchApplication.env("BENCH_PREVIOUS", "false"))) {
				queries.addAll(HistoryViewQueries.previousPlugin(auditor));
			}
			String only = BenchApplication.env("BENCH_QUERIES", "");
			queries.removeIf(query -> !query.name().contains(only));
			LoadGenerator load = new LoadGenerator(http, clients, warmUp, samples);
			List<Result> results = new ArrayList<>();
			for (Query query : queries) {
				results.add(load.run(query, sampleCases));
			}
			String report = report(jdbc, cases, clients, warmUp, results);
			System.out.println(report);
			Path file = Path.of("bench/results/audit-history-" + LocalDate.now() + ".md");
			Files.createDirectories(file.getParent());
			Files.writeString(file, report);
			System.out.println("Written to " + file);
		}
	}

	private static String report(JdbcTemplate jdbc, int cases, int clients, int warmUp, List<Result> results) {
		StringBuilder out = new StringBuilder();
		out.append("# Audit history benchmark, ").append(ZonedDateTime.now().withNano(0)).append("\n\n");
		out.append(String.format("%,d finished cases; %d clients, %d warm-up requests and the counted ones per query, "
				+ "a random case each; auditor1's login session over HTTP.%n%n", cases, clients, warmUp));
		out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
			.append(totalMemoryGb()).append(" GB RAM, ").append(jdbc.queryForObject("select version()", String.class))
			.append(", fsync=").append(jdbc.queryForObject("show fsync", String.class))
			.append(", synchronous_commit=").append(jdbc.queryForObject("show synchronous_commit", String.class))
			.append(", database ").append(jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class))
			.append(", Java ").append(System.getProperty("java.version")).append("\n\n");
		out.append("| query | p50 ms | p95 ms | p99 ms | count |\n|---|---:|---:|---:|---:|\n");
		for (Result result : results) {
			out.append(String.format("| %s | %.1f | %.1f | %.1f | %d |%n", result.name(), result.millis(50),
					result.millis(95), result.millis(99), result.latencies().getTotalCount()));
		}
		return out.toString();
	}

	private static long totalMemoryGb() {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return Math.round(os.getTotalMemorySize() / 1e9);
	}

}
