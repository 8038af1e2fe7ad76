package org.gridcase.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A GridCase node started by the harness: {@link FaultNode} in a child JVM on the harness's
 * own class path, its output in {@code <work>/<name>.log}.
 */
final class Node {

	private final String name;

	private final int port;

	private final Path log;

	private final Path lockOwnerFile;

	private Process process;

	private Node(String name, int port, Path work) {
		this.name = name;
		this.port = port;
		this.log = work.resolve(name + ".log");
		this.lockOwnerFile = work.resolve(name + ".lock-owner");
	}

	/** Starts a node; {@code arguments} are the application's ({@code --key=value}). */
	static Node start(String name, int port, Path work, Path clockFile, List<String> arguments) throws IOException {
		Node node = new Node(name, port, work);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + System.getProperty("faults.node-heap", "768m"), "-XX:TieredStopAtLevel=1",
				"-Dfaults.clock-file=" + clockFile, "-Dfaults.lock-owner-file=" + node.lockOwnerFile, "-cp",
				System.getProperty("java.class.path"), FaultNode.class.getName(), "--server.port=" + port,
				"--spring.main.banner-mode=off", "--camunda.bpm.generic-properties.properties.hostname=" + name));
		command.addAll(arguments);
		Files.deleteIfExists(node.lockOwnerFile);
		node.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(node.log.toFile()))
			.start();
		return node;
	}

	/** Waits until readiness answers UP. */
	Node awaitReady(Duration timeout) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited (" + this.process.exitValue() + "), see " + this.log);
			}
			if (isReady(http)) {
				return this;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(this.name + " not ready after " + timeout + ", see " + this.log);
	}

	boolean isReady(HttpClient http) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
				.timeout(Duration.ofSeconds(5))
				.build(), BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	String lockOwner() throws IOException {
		return Files.exists(this.lockOwnerFile) ? Files.readString(this.lockOwnerFile).trim() : null;
	}

	/** SIGKILL: no shutdown hook, no graceful anything. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM; the exit code, or -1 if it did not end within {@code timeout}. */
	int terminate(Duration timeout) throws InterruptedException {
		this.process.destroy();
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? this.process.exitValue() : -1;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	String logText() throws IOException {
		return Files.readString(this.log);
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	int port() {
		return this.port;
	}

	String name() {
		return this.name;
	}

	@Override
	public String toString() {
		return this.name + " (:" + this.port + ", pid " + (this.process == null ? "-" : this.process.pid()) + ")";
	}

}
