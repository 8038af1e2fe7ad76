package org.gridcase.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (the load generator of the performance benchmark) with one of the scripts in
 * {@code bench/wrk}: as many threads as connections, so that every connection sends its requests
 * one after the other, and reads the script's {@code WRK_RESULT} line.
 */
final class PerformanceWrk {

	private static final Pattern RESULT = Pattern.compile("(\\w+)=([0-9.]+)");

	private final Path scripts;

	private final Path logs;

	PerformanceWrk(Path scripts, Path logs) {
		this.scripts = scripts;
		this.logs = logs;
	}

	/** Fails with the install command when wrk is missing. */
	static void requireInstalled() throws IOException, InterruptedException {
		Process which = new ProcessBuilder("sh", "-c", "command -v wrk").start();
		if (which.waitFor() != 0) {
			throw new IllegalStateException("wrk is not installed: sudo apt-get install -y wrk");
		}
	}

	/**
	 * Sends requests for {@code seconds} (or until every thread has its {@code args}' answer
	 * count, with a long {@code seconds}) from {@code connections} connections.
	 */
	Result run(String label, String url, String script, int connections, int seconds, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("wrk", "-t" + connections, "-c" + connections, "-d" + seconds + "s",
				"--timeout", "60s", "-s", this.scripts.resolve(script).toString(), url, "--"));
		command.addAll(List.of(args));
		Path log = this.logs.resolve("wrk-" + label.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
		Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
		StringBuilder output = new StringBuilder();
		int threadsDone = 0;
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(wrk.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				output.append(line).append('\n');
				if (line.equals("WRK_THREAD_DONE") && ++threadsDone == connections) {
					// every thread has its answers: end wrk before -d has passed (it reports as usual on SIGINT)
					new ProcessBuilder("kill", "-INT", Long.toString(wrk.pid())).start().waitFor();
				}
			}
		}
		int exit = wrk.waitFor();
		Files.writeString(log, String.join(" ", command) + "\n" + output);
		Result result = parse(output.toString()).orElseThrow(
				() -> new IllegalStateException("wrk gave no result (exit " + exit + "), see " + log + ":\n" + output));
		System.out.printf("  %-44s %s%n", label, result);
		return result;
	}

	/** The result line the scripts' {@code done} prints ({@code bench/wrk/bench.lua}), if any. */
	static Optional<Result> parse(String output) {
		Optional<String> line = output.lines().filter(l -> l.startsWith("WRK_RESULT ")).findFirst();
		if (line.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Double> values = new HashMap<>();
		Matcher matcher = RESULT.matcher(line.get());
		while (matcher.find()) {
			values.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
		}
		String firstBad = output.lines().filter(l -> l.startsWith("WRK_FIRST_BAD ")).map(l -> l.substring(14)).findFirst()
			.orElse(null);
		return Optional.of(new Result(values.get("requests").longValue(), values.get("seconds"), values.get("p50"),
				values.get("p90"), values.get("p95"), values.get("p99"), values.get("max"), values.get("bad").longValue(),
				values.get("errors").longValue(), firstBad));
	}

	/**
	 * One wrk run: answers, duration, latency percentiles in milliseconds, answers with an
	 * unexpected status ({@code firstBad} the first of them) and socket errors.
	 */
	record Result(long requests, double seconds, double p50, double p90, double p95, double p99, double max, long bad, long errors,
			String firstBad) {

		double perSecond() {
			return (this.requests - this.bad) / this.seconds;
		}

		@Override
		public String toString() {
			return String.format("%,d in %.1f s = %.1f/s, p50 %.1f ms, p99 %.1f ms%s", this.requests, this.seconds,
					perSecond(), this.p50, this.p99, this.bad + this.errors == 0 ? ""
							: String.format(", %d unexpected (%s), %d socket errors", this.bad, this.firstBad, this.errors));
		}

	}

}
