package org.gridcase.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What the performance benchmark runs: one durable PostgreSQL 17 (the embedded binaries the tests
 * use; fsync, synchronous commit and full-page writes on) with a database per application, and the
 * two applications as JVMs of their own, so that each one's memory is its own. Closing stops the
 * applications, then PostgreSQL, and deletes the data directory.
 */
final class PerformanceServers implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final Path logs;

	private final List<App> apps = new ArrayList<>();

	private PerformanceServers(EmbeddedPostgres postgres, Path logs) {
		this.postgres = postgres;
		this.logs = logs;
	}

	static PerformanceServers start(Path dataDirectory, Path logs, List<String> databases) throws IOException {
		delete(dataDirectory);
		Files.createDirectories(dataDirectory);
		Files.createDirectories(logs);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(true)
			.setServerConfig("timezone", "UTC")
			// zonky starts the server with -F (fsync off); later -c settings win
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "200")
			.setPGStartupWait(Duration.ofMinutes(2))
			.start();
		PerformanceServers servers = new PerformanceServers(postgres, logs);
		for (String database : databases) {
			servers.sql("postgres").execute("create database " + database);
		}
		return servers;
	}

	org.springframework.jdbc.core.JdbcTemplate sql(String database) {
		return new org.springframework.jdbc.core.JdbcTemplate(dataSource(database));
	}

	DataSource dataSource(String database) {
		return this.postgres.getDatabase("postgres", database);
	}

	String jdbcUrl(String database) {
		return this.postgres.getJdbcUrl("postgres", database);
	}

	/** Starts {@code java <jvmOptions> -jar jar --server.port=… <arguments>} and waits until {@code readyPath} answers 200. */
	App startApp(String name, List<String> jvmOptions, Path jar, List<String> arguments, String readyPath)
			throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
		command.addAll(arguments);
		Path log = this.logs.resolve(name + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		App app = new App(name, process, port, log);
		this.apps.add(app);
		app.awaitReady(readyPath);
		return app;
	}

	@Override
	public synchronized void close() {
		for (App app : this.apps) {
			app.stop();
		}
		this.apps.clear();
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			System.err.println("Stopping PostgreSQL: " + ex);
		}
	}

	private static void delete(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> files = Files.walk(directory)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	/** An application under test: its process, port and memory. */
	static final class App {

		private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

		final String name;

		final Process process;

		final int port;

		final Path log;

		private App(String name, Process process, int port, Path log) {
			this.name = name;
			this.process = process;
			this.port = port;
			this.log = log;
		}

		String url() {
			return "http://localhost:" + this.port;
		}

		private void awaitReady(String path) throws InterruptedException, IOException {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
			long started = System.nanoTime();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException(this.name + " exited with " + this.process.exitValue() + ", see " + this.log);
				}
				try {
					int status = http.send(HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(5)).build(),
							BodyHandlers.discarding()).statusCode();
					if (status == 200) {
						System.out.printf("%s ready on port %d after %.0f s%n", this.name, this.port,
								(System.nanoTime() - started) / 1e9);
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(1000);
			}
			throw new IllegalStateException(this.name + " not ready after 15 minutes, see " + this.log);
		}

		/** Resident set size of the JVM, in MB (from /proc). */
		long rssMegabytes() {
			try {
				for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
					if (line.startsWith("VmRSS:")) {
						return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
					}
				}
			}
			catch (IOException ex) {
				// gone
			}
			return 0;
		}

		/** Heap in use (live objects and garbage not yet collected), in MB, from {@code jcmd GC.heap_info}. */
		long heapUsedMegabytes() {
			try {
				Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
						Long.toString(this.process.pid()), "GC.heap_info").redirectErrorStream(true).start();
				String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				jcmd.waitFor();
				Matcher matcher = HEAP_USED.matcher(output);
				return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024 : 0;
			}
			catch (IOException ex) {
				return 0;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return 0;
			}
		}

		private void stop() {
			this.process.destroy();
			try {
				if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor();
				}
			}
			catch (InterruptedException ex) {
				this.process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}

	}

}
