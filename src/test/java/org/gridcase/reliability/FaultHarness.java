package org.gridcase.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fault harness (README "Reliability"): real processes, no mocks. One PostgreSQL server and
 * two GridCase nodes started at the same moment; a bounded mixed load over REST; the engine
 * clock moved forward so that thousands of timers fall due on both nodes at once; one node
 * killed with SIGKILL mid-load; PostgreSQL stopped and started again mid-load; the survivor
 * shut down with SIGTERM while a request is in flight; a backup taken from the running node and
 * restored into a fresh node on the embedded default; that node and its PostgreSQL killed with
 * SIGKILL and started again. It prints what it counted in the database; {@link #failures} lists
 * every count that must be zero and is not.
 * <p>
 * {@code faults/run.sh} runs the long version; {@code FaultHarnessTests} a short one inside
 * {@code mvn -B verify}.
 */
public final class FaultHarness {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** How much load and how long things take. */
	record Settings(Path work, int reports, int clients, int registerEvery, Duration lockTime, Duration outage,
			Duration jump) {

		static Settings shortRun(Path work) {
			return new Settings(work, 40, 4, 2, Duration.ofSeconds(10), Duration.ofSeconds(6), Duration.ofDays(40));
		}

		static Settings longRun(Path work) {
			return new Settings(work, Integer.getInteger("faults.reports", 600), Integer.getInteger("faults.clients", 8), 2,
					Duration.ofSeconds(20), Duration.ofSeconds(15), Duration.ofDays(40));
		}

	}

	private final Settings settings;

	private final Map<String, Object> findings = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	private final Path clock;

	FaultHarness(Settings settings) {
		this.settings = settings;
		this.clock = settings.work().resolve("clock-offset-millis");
	}

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args.length > 1 ? args[1] : "target/faults");
		Settings settings = args.length > 0 && args[0].equals("short") ? Settings.shortRun(work) : Settings.longRun(work);
		FaultHarness harness = new FaultHarness(settings);
		harness.run();
		System.out.println(harness.failures().isEmpty() ? "ALL CHECKS PASSED" : "FAILED: " + harness.failures());
		System.exit(harness.failures().isEmpty() ? 0 : 1);
	}

	Map<String, Object> findings() {
		return this.findings;
	}

	List<String> failures() {
		return this.failures;
	}

	void run() throws Exception {
		Path work = this.settings.work();
		deleteRecursively(work);
		Files.createDirectories(work);
		Files.writeString(this.clock, "0");
		try (FaultDatabase database = FaultDatabase.start(work.resolve("pg"), freePort())) {
			SideEffects effects = new SideEffects(database.jdbcUrl());
			List<String> arguments = List.of("--spring.datasource.url=" + database.jdbcUrl(),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--camunda.bpm.job-execution.lock-time-in-millis=" + this.settings.lockTime().toMillis(),
					// an idle job executor looks for due jobs every 60 s at most (max-wait); the
					// harness moves the clock under it and wants both nodes to notice at once
					"--camunda.bpm.job-execution.max-wait=1000", "--camunda.bpm.job-execution.wait-time-in-millis=500");

			step("two nodes started at the same moment on one database");
			long started = System.nanoTime();
			Node a = Node.start("node-a", freePort(), work, this.clock, arguments);
			Node b = Node.start("node-b", freePort(), work, this.clock, arguments);
			a.awaitReady(Duration.ofMinutes(6));
			b.awaitReady(Duration.ofMinutes(6));
			found("both nodes ready after (s)", seconds(started));
			found("deployments after a simultaneous start", effects.single("select count(*) from act_re_deployment"));
			mustBeZero("duplicate model deployments at startup", effects.single("""
					select coalesce(sum(n - 1), 0) from (select count(*) n from act_re_procdef group by key_
					having count(*) > 1) d"""));

			List<Node> up = new CopyOnWriteArrayList<>(List.of(a, b));
			Load load = new Load(() -> up, Long.toString(System.currentTimeMillis(), 36));
			load.start(this.settings.clients(), this.settings.reports(), this.settings.registerEvery());

			load.awaitProgress(0.35);
			step("engine clock moved " + this.settings.jump().toDays() + " days forward on both nodes, load running");
			moveClock(this.settings.jump(), effects);

			step("SIGKILL " + b + " mid-load, while it holds locked jobs");
			String deadOwner = b.lockOwner();
			effects.awaitLock(deadOwner, Duration.ofSeconds(30));
			up.remove(b);
			b.kill();
			// what it held when it died (what it had committed is gone or unlocked)
			List<String> lockedByDead = effects.lockedBy(deadOwner);
			Instant killedAt = Instant.now();
			found("jobs the killed node held locked", lockedByDead.size());

			load.awaitProgress(0.7);
			step("PostgreSQL stopped for " + this.settings.outage().toSeconds() + " s mid-load");
			outage(database, a);

			load.awaitDone(Duration.ofMinutes(15));
			found("load: answers by status", load.statuses());
			mustBeZero("load: answers 5xx other than 503", load.statuses().entrySet().stream()
					.filter(status -> status.getKey() >= 500 && status.getKey() != 503)
					.mapToInt(status -> status.getValue().get()).sum());
			found("load: connection failures retried", load.connectionFailures());
			found("load: slowest 503 answer (ms)", load.slowest503Millis());
			found("load: cases sorted and registered", load.registered());
			mustBeZero("reports given up by the load (no receipt within 2 min)", load.givenUp());

			step("engine clock moved forward again: the survivor alone runs what falls due");
			moveClock(this.settings.jump().multipliedBy(2), effects);
			awaitDrained(effects, killedAt);
			mustBeZero("jobs the killed node held that no node ran", effects.notTakenOver(lockedByDead, deadOwner));
			found("jobs the killed node held, run afterwards by", effects.runBy(lockedByDead));

			step("side effects counted in the database");
			Map<String, Long> counts = effects.count(load.receipts());
			counts.forEach((name, count) -> {
				if (name.startsWith("duplicate") || name.startsWith("lost") || name.startsWith("stuck")) {
					mustBeZero(name, count);
				}
				else {
					found(name, count);
				}
			});
			if (counts.get("deployments") != 1) {
				this.failures.add("deployments: " + counts.get("deployments") + " (expected 1)");
			}

			step("backup from the running node");
			Path backup = work.resolve("backup.zip");
			Map<String, Long> before = backup(a, effects, backup);

			step("SIGTERM to " + a + " with a request in flight");
			gracefulShutdown(a, effects);

			step("restore into a fresh node on the embedded default, then SIGKILL it and its PostgreSQL");
			restoreAndCrash(backup, before, load.receipts());
		}
	}

	private void moveClock(Duration offset, SideEffects effects) throws IOException, SQLException {
		Instant engineNow = Instant.now().plus(offset);
		found("timers due after moving the clock " + offset.toDays() + " days", effects.dueTimers(engineNow));
		Files.writeString(this.clock, Long.toString(offset.toMillis()));
	}

	/** Stops PostgreSQL, asks the node meanwhile, starts it again and waits for the node to recover. */
	private void outage(FaultDatabase database, Node node) throws Exception {
		database.stop();
		long down = System.nanoTime();
		Thread.sleep(1000);
		long asked = System.nanoTime();
		HttpResponse<String> list = Http.demo("station1").get(node.url("/api/cases?size=1"));
		found("during the outage: GET /api/cases", list.statusCode() + " " + list.headers().firstValue("Content-Type").orElse("")
				+ " in " + seconds(asked) + " s");
		expect("GET during the outage answers 503 problem+json", list.statusCode() == 503
				&& list.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
		asked = System.nanoTime();
		HttpResponse<String> filed = Http.demo("gridworker1").postJson(node.url("/api/reports"), """
				{"channel":"PATROL","subcategory":"01-01","description":"停库期间的上报","address":"顺河路口",
				"gridCode":"410104001001001","reporter":{"name":"张伟"}}""", "Idempotency-Key", "faults-outage-probe");
		found("during the outage: POST /api/reports", filed.statusCode() + " in " + seconds(asked) + " s");
		expect("POST during the outage answers 503", filed.statusCode() == 503);
		expect("answers during the outage within 10 s", seconds(asked) < 10);
		HttpResponse<String> readiness = Http.anonymousGet(node.url("/actuator/health/readiness"));
		found("during the outage: readiness", readiness.statusCode() + " " + readiness.body());
		expect("readiness DOWN during the outage", readiness.statusCode() == 503);
		long remaining = this.settings.outage().toMillis() - (System.nanoTime() - down) / 1_000_000;
		Thread.sleep(Math.max(0, remaining));
		database.start();
		long back = System.nanoTime();
		node.awaitReady(Duration.ofMinutes(2));
		found("node ready again after PostgreSQL came back (s)", seconds(back));
	}

	/** Waits until no job is due by the nodes' engine time and the dead node's locks have run out. */
	private void awaitDrained(SideEffects effects, Instant killedAt) throws Exception {
		long offset = Long.parseLong(Files.readString(this.clock).trim());
		Instant locksGone = killedAt.plus(this.settings.lockTime()).plusSeconds(5);
		long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
		long started = System.nanoTime();
		int quiet = 0;
		while (quiet < 3) {
			if (System.nanoTime() > deadline) {
				this.failures.add("jobs still due after 15 minutes: " + effects.dueJobs(Instant.now().plusMillis(offset)));
				return;
			}
			Thread.sleep(1000);
			boolean drained = effects.dueJobs(Instant.now().plusMillis(offset)) == 0 && Instant.now().isAfter(locksGone);
			quiet = drained ? quiet + 1 : 0;
		}
		found("all due jobs run after (s)", seconds(started));
	}

	private Map<String, Long> backup(Node node, SideEffects effects, Path file) throws Exception {
		long started = System.nanoTime();
		HttpResponse<Path> answer = Http.as("admin", "admin").download(node.url("/api/admin/backup"), file);
		expect("backup answers 200", answer.statusCode() == 200);
		found("backup size (KB), time (s)", Files.size(file) / 1024 + ", " + seconds(started));
		Map<String, Long> counts = snapshot(effects);
		expect("the backup's source holds photos", counts.get("attachments") > 0);
		counts.put("audit events verified", verifiedAuditEvents(node));
		found("source at backup", counts);
		return counts;
	}

	private static Map<String, Long> snapshot(SideEffects effects) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("cases", effects.single("select count(*) from case_record"));
		counts.put("reports", effects.single("select count(*) from report"));
		counts.put("attachments", effects.single("select count(*) from attachment"));
		counts.put("running process instances",
				effects.single("select count(*) from act_ru_execution where id_ = proc_inst_id_"));
		counts.put("historic process instances", effects.single("select count(*) from act_hi_procinst"));
		counts.put("open tasks", effects.single("select count(*) from act_ru_task"));
		counts.put("timers", effects.single("select count(*) from act_ru_job where type_ = 'timer'"));
		counts.put("audit events", effects.single("select count(*) from audit_event"));
		return counts;
	}

	private long verifiedAuditEvents(Node node) throws Exception {
		HttpResponse<String> verified = Http.as("admin", "admin").get(node.url("/api/audit/verify"));
		JsonNode result = JSON.readTree(verified.body());
		expect("audit chain verifies on " + node.name(), verified.statusCode() == 200 && result.path("valid").asBoolean());
		return result.path("eventsChecked").asLong();
	}

	/**
	 * Sends a report whose body arrives in two halves; between them the node gets SIGTERM. The
	 * request must still be answered 201 and the node end by itself within the shutdown phase.
	 */
	private void gracefulShutdown(Node node, SideEffects effects) throws Exception {
		byte[] body = """
				{"channel":"PATROL","subcategory":"01-01","description":"关停期间仍在处理的上报","address":"顺河路口",
				"gridCode":"410104001001001","reporter":{"name":"张伟"}}""".getBytes(StandardCharsets.UTF_8);
		String head = "POST /api/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
				+ Http.demo("gridworker1").authorization() + "\r\nContent-Type: application/json\r\nIdempotency-Key: faults-sigterm\r\n"
				+ "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
		try (Socket socket = new Socket("127.0.0.1", node.port())) {
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(body, 0, body.length / 2);
			out.flush();
			Thread.sleep(1500);
			long signalled = System.nanoTime();
			Thread terminator = new Thread(() -> {
				try {
					found("node exit code after SIGTERM", node.terminate(Duration.ofSeconds(60)));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			terminator.start();
			Thread.sleep(2000);
			out.write(body, body.length / 2, body.length - body.length / 2);
			out.flush();
			InputStream in = socket.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String status = answer.lines().findFirst().orElse("");
			found("in-flight request during SIGTERM answered", status);
			expect("in-flight request finished with 201", status.contains(" 201 "));
			terminator.join(70_000);
			found("node gone after SIGTERM (s)", seconds(signalled));
			expect("node ended within the shutdown phase", !node.isAlive());
			String log = node.logText();
			expect("graceful shutdown completed", log.contains("Graceful shutdown complete"));
			int shutdown = log.lastIndexOf("Commencing graceful shutdown");
			expect("no error while shutting down (web server, job executor, engine, pool)",
					shutdown >= 0 && !log.substring(shutdown).contains(" ERROR "));
			mustBeZero("in-flight report lost", effects.single(
					"select count(*) from (select 1) x where not exists (select 1 from report where idempotency_key = 'faults-sigterm')"));
		}
	}

	private void restoreAndCrash(Path backup, Map<String, Long> before, List<Load.Receipt> receipts) throws Exception {
		Path data = this.settings.work().resolve("embedded-pg");
		int pgPort = freePort();
		List<String> embedded = List.of("--gridcase.embedded-postgres.data-directory=" + data,
				"--gridcase.embedded-postgres.port=" + pgPort, "--camunda.bpm.job-execution.enabled=false");
		List<String> restoring = new ArrayList<>(embedded);
		restoring.add("--gridcase.restore.from=" + backup);
		long started = System.nanoTime();
		Node c = Node.start("node-c", freePort(), this.settings.work(), this.clock, restoring).awaitReady(Duration.ofMinutes(6));
		found("restored node ready after (s)", seconds(started));
		SideEffects restored = new SideEffects("jdbc:postgresql://localhost:" + pgPort + "/postgres");
		Map<String, Long> after = snapshot(restored);
		after.put("audit events verified", verifiedAuditEvents(c));
		found("restored", after);
		expect("restore holds the same cases, processes, timers and audit chain", after.equals(before));
		mustBeZero("acknowledged reports missing after the restore", restored.count(receipts).get(
				"lost acknowledged reports (no case with a lifecycle process)"));

		List<Load.Receipt> acknowledged = new ArrayList<>(receipts);
		Load more = new Load(() -> List.of(c), "embedded");
		more.start(2, 6, 1000);
		more.awaitDone(Duration.ofMinutes(5));
		acknowledged.addAll(more.receipts());
		found("reports acknowledged by the embedded node before its crash", more.receipts().size());

		long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
		c.kill();
		ProcessHandle.of(postmaster).ifPresent(server -> {
			server.descendants().forEach(ProcessHandle::destroyForcibly);
			server.destroyForcibly();
		});
		found("embedded PostgreSQL killed (pid), stale postmaster.pid left", postmaster + ", "
				+ Files.exists(data.resolve("postmaster.pid")));

		started = System.nanoTime();
		Node again = Node.start("node-c-again", freePort(), this.settings.work(), this.clock, embedded)
			.awaitReady(Duration.ofMinutes(6));
		found("embedded node ready again after SIGKILL (s)", seconds(started));
		mustBeZero("acknowledged reports lost by the SIGKILL of the embedded default",
				restored.count(acknowledged).get("lost acknowledged reports (no case with a lifecycle process)"));
		verifiedAuditEvents(again);
		again.terminate(Duration.ofSeconds(60));
	}

	private void step(String what) {
		System.out.println();
		System.out.println("== " + what);
	}

	private synchronized void found(String what, Object value) {
		this.findings.put(what, value);
		System.out.printf("  %-70s %s%n", what, value);
	}

	private synchronized void mustBeZero(String what, long value) {
		found(what, value);
		if (value != 0) {
			this.failures.add(what + ": " + value);
		}
	}

	private synchronized void expect(String what, boolean holds) {
		found(what, holds ? "yes" : "NO");
		if (!holds) {
			this.failures.add(what);
		}
	}

	private static double seconds(long since) {
		return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

}
