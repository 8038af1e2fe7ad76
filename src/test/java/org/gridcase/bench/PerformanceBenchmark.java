package org.gridcase.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gridcase.bench.PerformanceReport.Memory;
import org.gridcase.bench.PerformanceReport.Rows;
import org.gridcase.bench.PerformanceReport.Timers;
import org.gridcase.bench.PerformanceServers.App;
import org.gridcase.bench.PerformanceWrk.Result;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The side-by-side performance benchmark of issue 13 (run by {@code bench/performance.sh}):
 * GridCase and vanilla Camunda 7.24 ({@code bench/vanilla}) on one durable PostgreSQL 17, loaded
 * by wrk ({@code bench/wrk/*.lua}) in the same sitting; the median of {@code --runs} runs of each
 * figure, written to {@code bench/results/performance-<date>.md}. Options: {@code --runs N}
 * (3), {@code --quick} (small sizes, one run, a few minutes), {@code --scale 10000,100000,1000000}
 * (intake rate and list latency at each number of cases in {@code case_record}).
 */
public final class PerformanceBenchmark {

	private static final int[] INTAKE_CLIENTS = { 1, 4, 8, 16 };

	private static final int[] COMPLETION_CLIENTS = { 4, 8 };

	private static final int LIST_CLIENTS = 4;

	private static final int SEED_CLIENTS = 8;

	private static final String PASSWORD = "demo123";

	private static final String STATION_TASKS = "/engine-rest/task?sortBy=created&sortOrder=desc&firstResult=0&maxResults=15";

	/** The values a user enters in the steps a new case's first task can be (as the template cases answer them). */
	private static final Map<String, String> ANSWERS = Map.of(
			"梳理上报案件", "{\"sortingNote\":{\"value\":\"属实，已定位\",\"type\":\"String\"}}",
			"审核立案", "{\"registerDecision\":{\"value\":\"REGISTER\",\"type\":\"String\"}}",
			"网格内处置", "{\"handlingResult\":{\"value\":\"已督促责任人清理整改\",\"type\":\"String\"},"
					+ "\"solvedHere\":{\"value\":\"YES\",\"type\":\"String\"}}",
			"社区工作站处置", "{\"handlingResult\":{\"value\":\"已督促责任人清理整改\",\"type\":\"String\"},"
					+ "\"solvedHere\":{\"value\":\"YES\",\"type\":\"String\"}}");

	/** Who may claim the first task of a case filed in the first grid, tried in this order. */
	private static final List<String> WORKERS = List.of("gridleader1", "station1", "gridworker1", "street1", "district1");

	private final PerformanceOptions options;

	private final PerformanceServers servers;

	private final PerformanceWrk wrk;

	private final App gridcase;

	private final App vanilla;

	private final JdbcTemplate gridcaseDb;

	private final JdbcTemplate vanillaDb;

	private final Path work;

	private final PerformanceReport report = new PerformanceReport();

	private final AtomicBoolean underLoad = new AtomicBoolean();

	private final HttpClient http = HttpClient.newHttpClient();

	private PerformanceBenchmark(PerformanceOptions options, PerformanceServers servers, PerformanceWrk wrk, App gridcase,
			App vanilla, Path work) {
		this.options = options;
		this.servers = servers;
		this.wrk = wrk;
		this.gridcase = gridcase;
		this.vanilla = vanilla;
		this.gridcaseDb = servers.sql("gridcase");
		this.vanillaDb = servers.sql("vanilla");
		this.work = work;
	}

	public static void main(String[] args) throws Exception {
		PerformanceOptions options = PerformanceOptions.parse(args);
		PerformanceWrk.requireInstalled();
		// the embedded PostgreSQL logs its start line by line; its log stays in the data directory
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		Path work = Path.of(BenchApplication.env("BENCH_WORK_DIR", "bench/.data/performance")).toAbsolutePath();
		Path logs = work.resolve("logs");
		String loadBefore = loadAverage();
		ZonedDateTime started = ZonedDateTime.now().withNano(0);
		System.out.println("Performance benchmark, " + options);
		PerformanceServers servers = PerformanceServers.start(work.resolve("pg"), logs, List.of("gridcase", "vanilla"));
		Thread cleanup = new Thread(servers::close);
		Runtime.getRuntime().addShutdownHook(cleanup);
		try (servers) {
			List<String> jvm = List.of("-Xmx" + options.heap());
			App vanilla = servers.startApp("vanilla", jvm, Path.of(BenchApplication.env("BENCH_VANILLA_JAR", "bench/vanilla/target/vanilla-camunda.jar")),
					withExtra(List.of("--spring.datasource.url=" + servers.jdbcUrl("vanilla"), "--spring.datasource.username=postgres"),
							"BENCH_VANILLA_ARGS"),
					"/engine-rest/engine");
			App gridcase = servers.startApp("gridcase", jvm, Path.of(BenchApplication.env("BENCH_GRIDCASE_JAR", "target/gridcase.jar")),
					withExtra(List.of("--spring.datasource.url=" + servers.jdbcUrl("gridcase"), "--spring.datasource.username=postgres",
							"--spring.main.banner-mode=off", "--logging.level.root=WARN",
							"--gridcase.rate-limits.login-failures-per-address.requests=100000",
							"--gridcase.rate-limits.login-failures-per-user.requests=100000"), "BENCH_GRIDCASE_ARGS"),
					// ready once the start-up runners (demo district and logins) are done
					"/actuator/health/readiness");
			PerformanceBenchmark benchmark = new PerformanceBenchmark(options, servers,
					new PerformanceWrk(Path.of("bench/wrk").toAbsolutePath(), logs), gridcase, vanilla, work);
			String tables = benchmark.measure();
			String result = benchmark.document(started, loadBefore, tables);
			System.out.println();
			System.out.println(result);
			Path file = Path.of("bench/results/performance-" + LocalDate.now() + (options.quick() ? "-quick" : "") + ".md");
			Files.createDirectories(file.getParent());
			Files.writeString(file, result);
			System.out.println("Written to " + file);
		}
		finally {
			Runtime.getRuntime().removeShutdownHook(cleanup);
		}
	}

	private static List<String> withExtra(List<String> arguments, String variable) {
		List<String> all = new ArrayList<>(arguments);
		String extra = BenchApplication.env(variable, "");
		if (!extra.isBlank()) {
			all.addAll(Arrays.asList(extra.trim().split("\\s+")));
		}
		return all;
	}

	private String measure() throws Exception {
		List<String[]> lists = List.of();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(this::sampleRss, 1, 1, TimeUnit.SECONDS);
		try {
			idleMemory(false);
			warmUp();
			for (int run = 1; run <= this.options.runs(); run++) {
				System.out.printf("Run %d of %d: intake, rows per case%n", run, this.options.runs());
				for (App app : List.of(this.vanilla, this.gridcase)) {
					for (int clients : this.options.measures("intake") ? INTAKE_CLIENTS : new int[0]) {
						this.report.load(engine(app), "intake " + clients, intake(app, clients, this.options.seconds(), 0,
								"intake " + clients + " run " + run, clients == 16));
					}
					if (this.options.measures("rows")) {
						this.report.rows(engine(app), rowsPerCase(app, run));
					}
				}
			}
			if (!this.options.scale().isEmpty()) {
				scale();
			}
			if (this.options.measures("lists") || this.options.measures("timers") || this.options.measures("complete")) {
				seedOpenCases();
			}
			if (this.options.measures("lists")) {
				System.out.printf("Seeding closed cases in GridCase up to %,d ...%n", this.options.closed());
				new PerformanceClosedCases(this.servers.dataSource("gridcase")).seedUpTo(this.options.closed());
				lists = lists();
			}
			for (int run = 1; run <= (this.options.measures("timers") ? this.options.runs() : 0); run++) {
				System.out.printf("Run %d of %d: timers%n", run, this.options.runs());
				this.report.timers(PerformanceReport.VANILLA, fireTimers(this.vanillaDb));
				this.report.timers(PerformanceReport.GRIDCASE, fireTimers(this.gridcaseDb));
			}
			if (this.options.measures("complete")) {
				claimAndComplete();
			}
			Thread.sleep(10_000);
			idleMemory(true);
		}
		finally {
			sampler.shutdownNow();
		}
		String tables = this.options.onlyScale() ? ""
				: this.report.table(INTAKE_CLIENTS, COMPLETION_CLIENTS, lists, this.options.timers());
		if (!this.report.scale.isEmpty()) {
			tables += String.format("%n### Cost as the cases grow (GridCase)%n%nAt each size, closed cases added to case_record by SQL"
					+ " (`PerformanceClosedCases`), then the median of %d run(s) of %d s each: intake over REST (4 clients),"
					+ " `GET /api/cases?page=0&size=20` as district1 and `GET %s` as station1 (4 clients each); (×n) is the"
					+ " figure against the smallest size.%n%n", this.options.runs(), this.options.seconds(), STATION_TASKS)
					+ this.report.scaleTable();
		}
		return tables;
	}

	private static String engine(App app) {
		return app.name.equals("gridcase") ? PerformanceReport.GRIDCASE : PerformanceReport.VANILLA;
	}

	/**
	 * Loads both applications before anything is measured, long enough for the just-in-time
	 * compiler ({@code BENCH_WARMUP}): a GridCase intake runs several times the code of a bare
	 * process start, and with a warm-up of one measurement's length its first measurements
	 * (intake at 1 and 4 clients) ran at a quarter of the rate it reached later in the same run.
	 * GridCase's lists are asked a few seconds each too.
	 */
	private void warmUp() throws Exception {
		System.out.printf("Warm-up (not counted), %d s per application%n", this.options.warmup());
		for (App app : List.of(this.vanilla, this.gridcase)) {
			intake(app, 4, this.options.warmup(), 0, "warm-up", false);
		}
		for (String[] list : List.of(new String[] { "station1", STATION_TASKS }, new String[] { "station1", "/api/my/tasks" },
				new String[] { "district1", "/api/cases?page=0&size=20" })) {
			loaded(() -> this.wrk.run("GridCase warm-up", this.gridcase.url(), "get.lua", LIST_CLIENTS, 3, basic(list[0]), list[1]));
		}
	}

	/** Intake for {@code seconds}, or {@code perClient} cases from each client. */
	private Result intake(App app, int clients, int seconds, int perClient, String label, boolean sampleHeap) throws Exception {
		String tag = Long.toString(System.nanoTime(), 36);
		Thread heap = null;
		if (sampleHeap) {
			heap = new Thread(() -> {
				try {
					Thread.sleep(seconds * 500L);
					Memory memory = this.report.memory.get(engine(app));
					memory.loadHeap = Math.max(memory.loadHeap, app.heapUsedMegabytes());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			heap.setDaemon(true);
			heap.start();
		}
		try {
			return loaded(() -> app == this.gridcase
					? this.wrk.run("GridCase " + label, app.url(), "intake-gridcase.lua", clients, seconds, basic("gridworker1"), tag,
							Integer.toString(perClient))
					: this.wrk.run("vanilla " + label, app.url(), "intake-vanilla.lua", clients, seconds, tag,
							Integer.toString(perClient)));
		}
		finally {
			if (heap != null) {
				heap.join();
			}
		}
	}

	/** Rows (pg_stat_user_tables), bytes (pg_database_size) and WAL written by N intakes from 4 clients. */
	private Rows rowsPerCase(App app, int run) throws Exception {
		JdbcTemplate db = app == this.gridcase ? this.gridcaseDb : this.vanillaDb;
		int perClient = Math.max(1, this.options.rowsCases() / 4);
		Snapshot before = snapshot(db);
		Result result = intake(app, 4, 36_000, perClient, "rows per case run " + run, false);
		Snapshot after = snapshot(db);
		return new Rows(result.requests() - result.bad(), after.inserted() - before.inserted(),
				after.updated() - before.updated(), after.deleted() - before.deleted(), after.bytes() - before.bytes(),
				db.queryForObject("select pg_wal_lsn_diff(?::pg_lsn, ?::pg_lsn)::bigint", Long.class, after.wal(), before.wal()));
	}

	/** Rows inserted, updated and deleted in a database's tables so far, its size and the WAL position. */
	private record Snapshot(long inserted, long updated, long deleted, long bytes, String wal) {
	}

	/**
	 * After waiting for the server's statistics: backends report what they wrote when idle, at the
	 * latest after 10 s.
	 */
	private static Snapshot snapshot(JdbcTemplate db) throws InterruptedException {
		Thread.sleep(11_000);
		return db.queryForObject("select coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0), coalesce(sum(n_tup_del), 0),"
				+ " pg_database_size(current_database()), pg_current_wal_lsn()::text from pg_stat_user_tables",
				(rs, n) -> new Snapshot(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)));
	}

	private void scale() throws Exception {
		PerformanceClosedCases closed = new PerformanceClosedCases(this.servers.dataSource("gridcase"));
		for (long size : this.options.scale()) {
			long cases = countCases();
			if (cases < size) {
				System.out.printf("Scale %,d: seeding %,d closed cases%n", size, size - cases);
				closed.seedUpTo(closed.seeded() + size - cases);
			}
			List<Result> intake = new ArrayList<>();
			List<Result> caseList = new ArrayList<>();
			List<Result> taskList = new ArrayList<>();
			long total = countCases();
			long open = this.gridcaseDb.queryForObject("select count(*) from case_record where closed_at is null", Long.class);
			for (int run = 1; run <= this.options.runs(); run++) {
				intake.add(intake(this.gridcase, 4, this.options.seconds(), 0, "scale " + size + " intake run " + run, false));
				caseList.add(get(this.gridcase, "district1", "/api/cases?page=0&size=20", "scale " + size + " case list run " + run));
				taskList.add(get(this.gridcase, "station1", STATION_TASKS, "scale " + size + " task list run " + run));
			}
			this.report.scale.add(new PerformanceReport.Scale(total, open, intake, caseList, taskList));
		}
	}

	private long countCases() {
		return this.gridcaseDb.queryForObject("select count(*) from case_record", Long.class);
	}

	/** Files (GridCase) and starts (vanilla) cases over REST until each has {@code open} open tasks. */
	private void seedOpenCases() throws Exception {
		for (App app : List.of(this.vanilla, this.gridcase)) {
			JdbcTemplate db = app == this.gridcase ? this.gridcaseDb : this.vanillaDb;
			long open = app == this.gridcase
					? db.queryForObject("select count(*) from case_record where closed_at is null", Long.class)
					: db.queryForObject("select count(*) from act_ru_task", Long.class);
			long missing = this.options.open() - open;
			if (missing > 0) {
				System.out.printf("Seeding %,d open cases in %s over REST ...%n", missing, engine(app));
				int perClient = (int) Math.ceil((double) missing / SEED_CLIENTS);
				this.report.seeding(engine(app), intake(app, SEED_CLIENTS, 360_000, perClient, "seeding", false));
			}
			db.execute("analyze");
		}
	}

	/** A worker's task list, the case list and the auditor's timeline, with their vanilla counterparts. */
	private List<String[]> lists() throws Exception {
		List<String> caseIds = this.gridcaseDb.queryForList(
				"select id::text from case_record where closed_at is null order by random() limit 1000", String.class);
		Path timelines = this.work.resolve("timeline-paths.txt");
		Files.write(timelines, caseIds.stream().map(id -> "/api/cases/" + id).toList());
		String vanillaTasks = "/engine-rest/task?candidateGroup=grid-workers&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15";
		List<String[]> queries = List.of(
				new String[] { "station's task list (station1, engine REST, 15 newest it may see)", "station1", STATION_TASKS, "vanilla tasks" },
				new String[] { "grid leader's task list (gridleader1, engine REST, 15 newest it may see)", "gridleader1", STATION_TASKS, "vanilla tasks" },
				new String[] { "station's tasks on the phone page (station1, /api/my/tasks)", "station1", "/api/my/tasks", "vanilla tasks" },
				new String[] { "grid leader's tasks on the phone page (gridleader1, /api/my/tasks)", "gridleader1", "/api/my/tasks", "vanilla tasks" },
				new String[] { "district's case list (district1, newest first, 20)", "district1", "/api/cases?page=0&size=20", null },
				new String[] { "district's case list by step due date (district1, 20)", "district1", "/api/cases?page=0&size=20&sort=stepDueAt,asc", null },
				new String[] { "auditor's timeline of one case (auditor1, GET /api/cases/{id})", "auditor1", "@" + timelines, null });
		List<String[]> rows = new ArrayList<>();
		for (int run = 1; run <= this.options.runs(); run++) {
			System.out.printf("Run %d of %d: lists at %,d open / %,d closed cases%n", run, this.options.runs(),
					this.gridcaseDb.queryForObject("select count(*) from case_record where closed_at is null", Long.class),
					this.gridcaseDb.queryForObject("select count(*) from case_record where closed_at is not null", Long.class));
			for (String[] query : queries) {
				String work = "list " + query[0];
				this.report.load(PerformanceReport.GRIDCASE, work, get(this.gridcase, query[1], query[2], query[0] + " run " + run));
			}
			String label = "vanilla task list run " + run;
			this.report.load(PerformanceReport.VANILLA, "vanilla tasks", loaded(() -> this.wrk.run(label,
					this.vanilla.url(), "get.lua", LIST_CLIENTS, this.options.seconds(), "-", vanillaTasks)));
		}
		for (String[] query : queries) {
			rows.add(new String[] { query[0], "list " + query[0], query[3] == null ? null : query[3],
					query[0].contains("timeline") ? "p95 ≤ 50 ms (issue 10)" : "p95 ≤ 10 ms" });
		}
		return rows;
	}

	private Result get(App app, String user, String path, String label) throws Exception {
		return loaded(() -> this.wrk.run("GridCase " + label, app.url(), "get.lua", LIST_CLIENTS, this.options.seconds(),
				basic(user), path));
	}

	/** Makes the next {@code timers} timer jobs due now and waits until all have fired. */
	private Timers fireTimers(JdbcTemplate db) throws InterruptedException {
		String engine = db == this.gridcaseDb ? PerformanceReport.GRIDCASE : PerformanceReport.VANILLA;
		List<String> ids = db.queryForList("select id_ from act_ru_job where type_ = 'timer' and suspension_state_ = 1"
				+ " and retries_ > 0 and lock_owner_ is null and duedate_ > now() order by duedate_ limit ?", String.class,
				this.options.timers());
		String idList = String.join(",", ids);
		LightTimerCheck lights = LightTimerCheck.of(db, idList);
		this.underLoad.set(true);
		long started = System.nanoTime();
		java.time.Instant madeDue = java.time.Instant.now();
		db.update("update act_ru_job set duedate_ = now() where id_ = any(string_to_array(?, ','))", idList);
		double first = Double.NaN;
		int left = ids.size();
		int failed = 0;
		long deadline = started + TimeUnit.SECONDS.toNanos(this.options.timerTimeout());
		try {
			while (System.nanoTime() < deadline) {
				Map<String, Object> state = db.queryForMap("select count(*) as left, count(*) filter (where retries_ = 0) as failed"
						+ " from act_ru_job where id_ = any(string_to_array(?, ','))", idList);
				left = ((Number) state.get("left")).intValue();
				failed = ((Number) state.get("failed")).intValue();
				double seconds = (System.nanoTime() - started) / 1e9;
				if (left < ids.size() && Double.isNaN(first)) {
					first = seconds;
				}
				if (left == failed) {
					LightTimerCheck.Result right = lights.check(db, madeDue, java.time.Instant.now());
					Timers timers = new Timers(ids.size(), first, seconds, failed, 0, right.checked(), right.right());
					System.out.printf("  %-44s %,d fired in %.1f s, first after %.1f s, %d failed; lights right in %,d of %,d light timers%n",
							engine + " timers", ids.size() - failed, seconds, first, failed, right.right(), right.checked());
					return timers;
				}
				Thread.sleep(250);
			}
		}
		finally {
			this.underLoad.set(false);
		}
		System.out.printf("  %-44s %,d of %,d not fired after %d s%n", engine + " timers", left, ids.size(),
				this.options.timerTimeout());
		return new Timers(ids.size(), first, this.options.timerTimeout(), failed, left - failed, 0, 0);
	}

	/** Claim and complete open tasks at 4 and 8 clients: each run and client count takes tasks of its own. */
	private void claimAndComplete() throws Exception {
		String gridcaseUser = null;
		String gridcaseBody = null;
		List<Map<String, Object>> kinds = this.gridcaseDb.queryForList("select task_def_key_ as key, min(id_) as sample, count(*) as n"
				+ " from act_ru_task where assignee_ is null group by task_def_key_ order by count(*) desc limit 1");
		String key = (String) kinds.get(0).get("key");
		String sample = (String) kinds.get(0).get("sample");
		String step = this.gridcaseDb.queryForObject("select name_ from act_ru_task where id_ = ?", String.class, sample)
			.split(" · ")[0];
		for (String user : WORKERS) {
			if (post(this.gridcase, user, "/engine-rest/task/" + sample + "/claim", "{\"userId\":\"" + user + "\"}") == 204) {
				post(this.gridcase, user, "/engine-rest/task/" + sample + "/unclaim", "");
				gridcaseUser = user;
				break;
			}
		}
		if (gridcaseUser == null || !ANSWERS.containsKey(step)) {
			throw new IllegalStateException("No worker of " + WORKERS + " or no answers for the first task " + step + " (" + key + ")");
		}
		gridcaseBody = "{\"variables\":" + ANSWERS.get(step) + "}";
		System.out.printf("GridCase's open tasks are mostly %s (%s), claimed by %s%n", step, key, gridcaseUser);
		Path gridcaseBodyFile = this.work.resolve("complete-gridcase.json");
		Files.writeString(gridcaseBodyFile, gridcaseBody);
		Path vanillaBodyFile = this.work.resolve("complete-vanilla.json");
		Files.writeString(vanillaBodyFile, "{\"variables\":{\"handlingResult\":{\"value\":\"已督促责任人清理整改\",\"type\":\"String\"}}}");
		List<String> gridcaseTasks = this.gridcaseDb.queryForList(
				"select id_ from act_ru_task where task_def_key_ = ? and assignee_ is null order by create_time_", String.class, key);
		List<String> vanillaTasks = this.vanillaDb.queryForList(
				"select id_ from act_ru_task where task_def_key_ = 'Task_Handle' and assignee_ is null order by create_time_", String.class);
		int slices = this.options.runs() * COMPLETION_CLIENTS.length;
		for (int run = 1; run <= this.options.runs(); run++) {
			System.out.printf("Run %d of %d: claim and complete%n", run, this.options.runs());
			for (int c = 0; c < COMPLETION_CLIENTS.length; c++) {
				int clients = COMPLETION_CLIENTS[c];
				int slice = (run - 1) * COMPLETION_CLIENTS.length + c;
				this.report.load(PerformanceReport.VANILLA, "complete " + clients,
						complete(this.vanilla, "-", "worker1", slice(vanillaTasks, slice, slices), vanillaBodyFile, clients, run));
				this.report.load(PerformanceReport.GRIDCASE, "complete " + clients, complete(this.gridcase, basic(gridcaseUser),
						gridcaseUser, slice(gridcaseTasks, slice, slices), gridcaseBodyFile, clients, run));
			}
		}
	}

	private List<String> slice(List<String> tasks, int slice, int slices) {
		int size = Math.min(tasks.size() / slices, 2000 * this.options.seconds());
		return tasks.subList(slice * size, (slice + 1) * size);
	}

	private Result complete(App app, String auth, String user, List<String> tasks, Path body, int clients, int run)
			throws Exception {
		Path file = this.work.resolve("tasks-" + app.name + ".txt");
		Files.write(file, tasks);
		return loaded(() -> this.wrk.run(engine(app) + " claim+complete " + clients + " run " + run, app.url(),
				"claim-complete.lua", clients, this.options.seconds(), auth, user, file.toString(), body.toString(),
				Integer.toString(clients)));
	}

	private int post(App app, String user, String path, String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(app.url() + path))
			.header("Authorization", "Basic " + basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), BodyHandlers.discarding()).statusCode();
	}

	private static String basic(String user) {
		return Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private interface Load {

		Result run() throws Exception;

	}

	/** Runs a load, sampling the applications' memory as under load meanwhile. */
	private Result loaded(Load load) throws Exception {
		this.underLoad.set(true);
		try {
			return load.run();
		}
		finally {
			this.underLoad.set(false);
		}
	}

	private void sampleRss() {
		if (this.underLoad.get()) {
			for (App app : List.of(this.gridcase, this.vanilla)) {
				Memory memory = this.report.memory.get(engine(app));
				memory.loadRss = Math.max(memory.loadRss, app.rssMegabytes());
			}
		}
	}

	private void idleMemory(boolean end) {
		for (App app : List.of(this.gridcase, this.vanilla)) {
			Memory memory = this.report.memory.get(engine(app));
			if (end) {
				memory.endRss = app.rssMegabytes();
				memory.endHeap = app.heapUsedMegabytes();
			}
			else {
				memory.idleRss = app.rssMegabytes();
				memory.idleHeap = app.heapUsedMegabytes();
			}
		}
	}

	private String document(ZonedDateTime started, String loadBefore, String tables) {
		JdbcTemplate db = this.gridcaseDb;
		StringBuilder out = new StringBuilder();
		out.append("# Performance benchmark, GridCase beside vanilla Camunda 7.24").append(this.options.quick() ? " (quick smoke run)" : "")
			.append("\n\n");
		out.append("Started ").append(started).append(", finished ").append(ZonedDateTime.now().withNano(0)).append(". Command: `bench/performance.sh ")
			.append(String.join(" ", this.options.arguments())).append("`; GridCase commit ").append(commit()).append(".\n\n");
		out.append(String.format("Machine: %d CPUs (nproc), load average %s before and %s after; %s; %s; Java %s (%s), both applications -Xmx%s.%n%n",
				Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage(),
				db.queryForObject("select version()", String.class),
				db.queryForObject("select string_agg(name || '=' || setting, ', ' order by name) from pg_settings where name in"
						+ " ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'max_connections')", String.class),
				System.getProperty("java.version"), System.getProperty("java.vm.name"), this.options.heap()));
		out.append(this.options.onlyScale() ? String.format("Sizes: see below. Databases at the end: GridCase %s.%n%n",
				db.queryForObject("select pg_size_pretty(pg_database_size('gridcase'))", String.class))
				: String.format("Sizes: medians of %d runs of %d s each (wrk, as many threads as connections); %,d intakes per"
				+ " run for rows per case; lists, timers and completions with %,d open cases in each engine and %,d closed"
				+ " cases in GridCase's case_record (SQL-seeded, `PerformanceClosedCases`); %,d timers per run. Databases at the end:"
				+ " GridCase %s, vanilla %s.%n%n", this.options.runs(), this.options.seconds(), this.options.rowsCases(),
				this.options.open(), this.options.closed(), this.options.timers(),
				db.queryForObject("select pg_size_pretty(pg_database_size('gridcase'))", String.class),
				db.queryForObject("select pg_size_pretty(pg_database_size('vanilla'))", String.class)));
		out.append(tables);
		out.append("\nRates count only the expected answers (201, 200, 204); anything else is named in bold. p50/p95/p99 are per"
				+ " request as wrk measured them (closed loop: each connection sends its next request when the answer came).\n");
		return out.toString();
	}

	private static String commit() {
		try {
			Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
			String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return git.waitFor() == 0 ? out : "unknown";
		}
		catch (IOException | InterruptedException ex) {
			return "unknown";
		}
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " / " + parts[1] + " / " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
