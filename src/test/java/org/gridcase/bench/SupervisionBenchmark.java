package org.gridcase.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.gridcase.bench.LoadGenerator.Query;
import org.gridcase.bench.LoadGenerator.Result;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supervision benchmark (issue 14, point 5): GridCase against a durable PostgreSQL holding
 * {@code BENCH_CASES} (1,000,000) cases seeded by SQL ({@link SupervisionSeed}); a month's figures
 * for the whole district, the month's rankings of the streets, and the light board over HTTP as
 * district1; p50/p95/p99 (HdrHistogram) and the machine's load average written to
 * {@code bench/results/supervision-<date>.md}. Run by {@code bench/supervision.sh}.
 */
public final class SupervisionBenchmark {

	private SupervisionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int cases = Integer.parseInt(BenchApplication.env("BENCH_CASES", "1000000"));
		int clients = Integer.parseInt(BenchApplication.env("BENCH_CLIENTS", "2"));
		int samples = Integer.parseInt(BenchApplication.env("BENCH_SAMPLES", "200"));
		int warmUp = Integer.parseInt(BenchApplication.env("BENCH_WARMUP", "20"));
		Path dataDirectory = Path.of(BenchApplication.env("BENCH_DATA_DIR", "bench/.data/supervision-pg")).toAbsolutePath();
		try (ConfigurableApplicationContext app = BenchApplication.start(dataDirectory)) {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			DataSource dataSource = app.getBean(DataSource.class);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			SupervisionSeed seed = new SupervisionSeed(dataSource);
			long seeded = seed.seeded();
			if (seeded == 0) {
				long started = System.nanoTime();
				System.out.printf("Seeding %,d cases with SQL ...%n", cases);
				seed.seed(cases);
				System.out.printf("Seeded in %.0f s%n", (System.nanoTime() - started) / 1e9);
			}
			else if (seeded != cases) {
				throw new IllegalStateException("The data directory holds " + seeded + " seeded cases, not " + cases
						+ ": delete " + dataDirectory + " or set BENCH_CASES=" + seeded);
			}
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String auth = "Basic " + Base64.getEncoder().encodeToString("district1:demo123".getBytes(StandardCharsets.UTF_8));
			String base = "http://localhost:" + port;
			List<Query> queries = List.of(
					query("figures: one month, whole district", base + "/api/supervision/figures?period=MONTH&date=2026-06-15", auth),
					query("rankings: one month, streets of the district", base
							+ "/api/supervision/rankings?period=MONTH&date=2026-06-15&by=PLACE", auth),
					query("light board: whole district, down to grids", base + "/api/supervision/lights", auth),
					query("light board: one street", base + "/api/supervision/lights?place=410104001", auth));
			List<SampleCase> one = List.of(new SampleCase(UUID.randomUUID(), "", "", "", "", "", "", List.of()));
			LoadGenerator load = new LoadGenerator(http, clients, warmUp, samples);
			double loadBefore = loadAverage();
			List<Result> results = new ArrayList<>();
			for (Query query : queries) {
				results.add(load.run(query, one));
			}
			String report = report(jdbc, clients, warmUp, loadBefore, results);
			System.out.println(report);
			Path file = Path.of("bench/results/supervision-" + LocalDate.now() + ".md");
			Files.createDirectories(file.getParent());
			Files.writeString(file, report);
			System.out.println("Written to " + file);
		}
	}

	private static Query query(String name, String url, String auth) {
		return new Query(name, sample -> HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
			.header("Accept", "application/json").GET().build());
	}

	private static String report(JdbcTemplate jdbc, int clients, int warmUp, double loadBefore, List<Result> results) {
		long total = jdbc.queryForObject("select count(*) from case_record", Long.class);
		long month = jdbc.queryForObject("select count(*) from case_record where closed_at >= '2026-06-01 00:00+08'"
				+ " and closed_at < '2026-07-01 00:00+08'", Long.class);
		long running = jdbc.queryForObject("select count(*) from case_record where closed_at is null", Long.class);
		StringBuilder out = new StringBuilder();
		out.append("# Supervision benchmark, ").append(ZonedDateTime.now().withNano(0)).append("\n\n");
		out.append(String.format("%,d cases in case_record (%,d closed or rejected in June 2026, %,d running); %d clients, "
				+ "%d warm-up requests, then the counted ones, per query; district1 over HTTP (Basic).%n%n", total, month,
				running, clients, warmUp));
		out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, load average ")
			.append(String.format("%.2f", loadBefore)).append(" before and ").append(String.format("%.2f", loadAverage()))
			.append(" after, ")
			.append(jdbc.queryForObject("select version()", String.class))
			.append(", database ").append(jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class))
			.append(", Java ").append(System.getProperty("java.version")).append("\n\n");
		out.append("Targets: figures of a month for the district < 1000 ms, light board < 200 ms.\n\n");
		out.append("| query | p50 ms | p95 ms | p99 ms | count |\n|---|---:|---:|---:|---:|\n");
		for (Result result : results) {
			out.append(String.format("| %s | %.1f | %.1f | %.1f | %d |%n", result.name(), result.millis(50),
					result.millis(95), result.millis(99), result.latencies().getTotalCount()));
		}
		return out.toString();
	}

	private static double loadAverage() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}
