package org.gridcase.workplace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.FilterService;
import org.gridcase.ApiClient;
import org.gridcase.LoggedSqlParameters;
import org.gridcase.QueryPlans;
import org.junit.jupiter.api.Test;
import org.gridcase.IntegrationTest;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker's task list and a center's task list read through indexes at city scale (the
 * district's case list: cases/CaseListQueryPlanTests). The requests Tasklist and the phone page
 * send are made over HTTP;
 * the SQL run for them (the engine's from its MyBatis log, ours from Hibernate's) is then
 * EXPLAINed, in a transaction that is rolled back, on tables holding tens of thousands of
 * synthetic tasks, variables, candidate links, grants and cases (and ANALYZEd with them), with
 * the planner free to choose: no plan may read the task, variable, candidate-link or case table
 * from end to end (nor may the generic plan of a task list or count, which PostgreSQL may use for
 * a prepared statement after five executions), the centers' lists do not read the authorization
 * table at all, and the
 * engine's group prefilter ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}) is not
 * run. Not asserted (see README, "Who sees which task"): the engine's own grant join for grid
 * staff ({@code AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')}) still reads the authorization table
 * once per query; the plans are written to {@code target/list-query-plans.txt}.
 */
@IntegrationTest
class ListQueryPlanTests {

	private static final int TASKS = 40_000;

	private static final int CASES = 60_000;

	private static final int TIMED_RUNS = 5;

	private static final Pattern BIG_TABLE_SCAN = Pattern
		.compile("Seq Scan on (act_ru_task|act_ru_variable|act_ru_identitylink|act_ru_authorization|case_record)\\b");

	private static final List<String> SQL_LOGGERS = List.of("org.camunda.bpm.engine.impl.persistence.entity",
			"org.gridcase.identity.process.VisibleTasks", "org.hibernate.SQL", "org.hibernate.orm.jdbc.bind");

	@LocalServerPort
	int port;

	@Autowired
	FilterService filterService;

	@Autowired
	DataSource dataSource;

	@Autowired
	org.camunda.bpm.engine.TaskService taskService;

	@Autowired
	org.camunda.bpm.engine.IdentityService identityService;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	/** Forgotten before each list, so that every list asks (and this test explains) the grant question. */
	@Autowired
	org.gridcase.identity.process.TaskGrantHolders grantHolders;

	@Test
	void taskListsCaseListsAndTheirAuthorizationChecksReadThroughIndexes() throws Exception {
		Map<String, String> filters = Map.of("MY_TASKS", filterId("MY_TASKS"), "GROUP_UNCLAIMED",
				filterId("GROUP_UNCLAIMED"), "RED", filterId("RED"), "DUE_TODAY", filterId("DUE_TODAY"));
		List<Captured> captured = new ArrayList<>();
		for (String user : List.of("gridleader1", "station1")) {
			for (String filter : filters.values()) {
				captured.addAll(statementsOf(user, api -> api.postJson("/engine-rest/filter/" + filter
						+ "/list?firstResult=0&maxResults=15", "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}")));
				captured.addAll(statementsOf(user, api -> api.get("/engine-rest/filter/" + filter + "/count")));
			}
			captured.addAll(statementsOf(user, api -> api.get("/engine-rest/task?sortBy=created&sortOrder=desc&firstResult=0&maxResults=15")));
		}
		// the district center's lists: aCentersListWalksWhenItSeesManyTasksAndCollectsWhenItSeesFew (its list
		// walks or collects as the tasks it sees on the database asked, so it is asked there)
		captured.addAll(statementsOf("gridworker1", api -> api.get("/api/my/tasks")));
		captured.addAll(statementsOf("station1", api -> api.get("/api/my/tasks")));

		List<String> sql = captured.stream().map(statement -> statement.sql().toLowerCase(Locale.ROOT)).toList();
		assertThat(sql).noneMatch(text -> text.contains("distinct(a.group_id_)"))
			.anyMatch(text -> text.contains("from act_ru_task"))
			.anyMatch(text -> text.contains("act_ru_authorization"));
		assertThat(sql).as("task lists and counts of grid staff and centers, judged by task links")
			.filteredOn(text -> text.contains("from act_ru_task"))
			.isNotEmpty()
			.noneMatch(text -> text.contains("act_ru_authorization"));
		List<Captured> lists = captured.stream()
			.filter(statement -> statement.sql().toLowerCase(Locale.ROOT)
				.matches("(?s).*(from (act_ru_task|case_record)|act_ru_authorization).*"))
			.distinct()
			.toList();

		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				fillWithSyntheticRows(connection);
				org.assertj.core.api.SoftAssertions plans = new org.assertj.core.api.SoftAssertions();
				StringBuilder written = new StringBuilder();
				for (Captured statement : lists) {
					String plan = QueryPlans.explain(connection, statement.sql(), statement.parameters());
					written.append(statement.sql()).append('\n').append(statement.parameters()).append('\n').append(plan)
						.append(String.format(Locale.ROOT, "median of %d runs: %.2f ms%n%n", TIMED_RUNS, medianMillis(connection, statement)));
					plans.assertThat(BIG_TABLE_SCAN.matcher(plan).find()).as("%s%n%s", statement.sql(), plan).isFalse();
					if (isTaskList(statement)) {
						String generic = genericPlan(connection, statement.sql());
						written.append("generic plan (after five executions of a prepared statement PostgreSQL may use it):\n")
							.append(generic).append('\n');
						plans.assertThat(BIG_TABLE_SCAN.matcher(generic).find()).as("generic plan of %s%n%s", statement.sql(), generic)
							.isFalse();
					}
				}
				java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
				java.nio.file.Files.writeString(java.nio.file.Path.of("target/list-query-plans.txt"), written);
				plans.assertAll();
			}
			finally {
				connection.rollback();
			}
		}
	}

	/**
	 * A center's task list walks its order's index when the center sees many tasks and collects
	 * them when it sees few (identity/process/TaskListWalk): station1's list and phone queries,
	 * and a quiet community's station, asked in-process on two synthetic databases (rolled back):
	 * one where station1's community holds three quarters of 40,000 open tasks, offered to it, and
	 * one where it holds 1/96 of them. Every statement captured on either is EXPLAINed (custom and
	 * generic plan) on both; the walk's page is the collection's.
	 */
	@Test
	void aCentersListWalksWhenItSeesManyTasksAndCollectsWhenItSeesFew() throws Exception {
		List<Captured> onFew = inRolledBackTransaction(connection -> {
			fillWithSyntheticRows(connection);
			return centersLists();
		});
		List<Captured> onMany = inRolledBackTransaction(connection -> {
			fillWithSyntheticRows(connection, STATION_HOLDS_MANY);
			return centersLists();
		});
		assertThat(onFew).as("station1 sees 1/96 of the tasks: its list collects them")
			.anyMatch(statement -> isPage(statement) && isFor(statement, "station1") && !walks(statement))
			.noneMatch(statement -> isPage(statement) && isFor(statement, "station1") && walks(statement));
		assertThat(onMany).as("station1 sees 3/4 of the tasks: its list walks the list's index")
			.anyMatch(statement -> isPage(statement) && isFor(statement, "station1") && walks(statement))
			.noneMatch(statement -> isPage(statement) && isFor(statement, QUIET_STATION) && walks(statement));
		List<Captured> all = java.util.stream.Stream.concat(onFew.stream(), onMany.stream())
			.filter(statement -> isTaskList(statement) || statement.sql().toLowerCase(Locale.ROOT).contains("from act_ru_task"))
			.distinct()
			.toList();
		StringBuilder written = new StringBuilder();
		org.assertj.core.api.SoftAssertions plans = new org.assertj.core.api.SoftAssertions();
		for (boolean stationHoldsMany : List.of(false, true)) {
			inRolledBackTransaction(connection -> {
				fillWithSyntheticRows(connection, stationHoldsMany ? STATION_HOLDS_MANY : SPREAD);
				written.append("==== station1's community holds ").append(stationHoldsMany ? "3/4" : "1/96")
					.append(" of the open tasks\n\n");
				List<Captured> chosenHere = stationHoldsMany ? onMany : onFew;
				for (Captured statement : all) {
					String plan = QueryPlans.explain(connection, statement.sql(), statement.parameters());
					String generic = genericPlan(connection, statement.sql());
					boolean chosen = chosenHere.contains(statement);
					written.append(chosen ? "(chosen on this database)\n" : "(chosen on the other database)\n")
						.append(statement.sql()).append('\n').append(statement.parameters()).append('\n').append(plan)
						.append(String.format(Locale.ROOT, "median of %d runs: %.2f ms%n", TIMED_RUNS, medianMillis(connection, statement)))
						.append("generic plan:\n").append(generic).append('\n');
					// a collection where the center sees most tasks reads most of them (that is why it walks there)
					if (chosen || walks(statement) || !isPage(statement)) {
						plans.assertThat(readsInFull(plan)).as("%s%n%s", statement.sql(), plan).isFalse();
						// PostgreSQL runs a prepared statement's generic plan only when it costs no more than
						// the custom plans made for its parameters (plancache.c, choose_custom_plan): a generic
						// plan that reads a table in full but costs more is never run (at 1/96 the collection's
						// generic plan hashes the visible ids against all tasks, about twice its custom plan's cost)
						plans.assertThat(readsInFull(generic) && totalCost(generic) <= totalCost(plan))
							.as("generic plan, run instead of the custom plan (cost %s), of %s%n%s", totalCost(plan), statement.sql(), generic)
							.isFalse();
					}
				}
				if (stationHoldsMany) {
					Captured walked = onMany.stream().filter(statement -> isPage(statement) && isFor(statement, "station1")
							&& walks(statement) && statement.sql().toLowerCase(Locale.ROOT).contains("create_time_ desc")).findFirst().orElseThrow();
					Captured collected = onFew.stream().filter(statement -> isPage(statement) && isFor(statement, "station1")
							&& !walks(statement) && statement.sql().toLowerCase(Locale.ROOT).contains("create_time_ desc")).findFirst().orElseThrow();
					plans.assertThat(taskIds(connection, walked)).as("the walk's page is the collection's")
						.hasSize(15)
						.isEqualTo(taskIds(connection, collected));
				}
				return null;
			});
		}
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/list-query-plans-walk.txt"), written);
		plans.assertAll();
	}

	private static final String QUIET_STATION = "quiet-station";

	/** A place whose grids hold no synthetic task. */
	private static final String QUIET_COMMUNITY = "410104012009";

	/**
	 * station1's list as the engine REST API asks it (15 newest) and as the phone page does (held,
	 * then offered to its posts, 31 soonest due) and one of its tasks, a quiet community station's
	 * list and the district center's (newest, and the 红灯 filter).
	 */
	private List<Captured> centersLists() {
		List<String> groups = this.identityService.createGroupQuery().groupMember("station1").list().stream()
			.map(org.camunda.bpm.engine.identity.Group::getId).toList();
		List<Captured> captured = new ArrayList<>();
		captured.addAll(asUser("station1", groups, () -> {
			assertThat(this.taskService.createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 15)).hasSize(15);
			this.taskService.createTaskQuery().taskAssignee("station1").active().orderByDueDate().asc()
				.orderByTaskCreateTime().asc().listPage(0, 31);
			this.taskService.createTaskQuery().taskCandidateGroupIn(groups).active().orderByDueDate().asc()
				.orderByTaskCreateTime().asc().listPage(0, 31);
			// one task, as Tasklist and the phone page open it
			this.taskService.createTaskQuery().taskId("plan-t-1").initializeFormKeys().singleResult();
		}));
		captured.addAll(asUser(QUIET_STATION, List.of("COMMUNITY_STATION:" + QUIET_COMMUNITY),
				() -> this.taskService.createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 15)));
		List<String> district = this.identityService.createGroupQuery().groupMember("district1").list().stream()
			.map(org.camunda.bpm.engine.identity.Group::getId).toList();
		captured.addAll(asUser("district1", district, () -> {
			this.taskService.createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 15);
			this.filterService.listPage(filterId("RED"), 0, 15);
		}));
		return captured;
	}

	private List<Captured> asUser(String username, List<String> groups, Runnable work) {
		this.identityService.setAuthentication(username, groups);
		try {
			return sqlOf(work);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	private <T> T inRolledBackTransaction(SqlWork<T> work) {
		org.springframework.transaction.support.TransactionTemplate transaction = new org.springframework.transaction.support.TransactionTemplate(
				this.transactionManager);
		return transaction.execute(status -> {
			status.setRollbackOnly();
			try {
				// the connection of the transaction, which the engine's commands join
				return work.run(org.springframework.jdbc.datasource.DataSourceUtils.getConnection(this.dataSource));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private interface SqlWork<T> {

		T run(Connection connection) throws Exception;

	}

	/**
	 * Whether a plan reads a task, variable, link, grant or case table from end to end: a
	 * sequential scan, unless only a LIMIT above it (through nodes that pass rows on as they come)
	 * stops it, as in the count of the tasks a person sees that stops at enough.
	 */
	private static boolean readsInFull(String plan) {
		String[] lines = plan.split("\n");
		for (int i = 0; i < lines.length; i++) {
			if (BIG_TABLE_SCAN.matcher(lines[i]).find() && !stoppedByLimit(lines, i)) {
				return true;
			}
		}
		return false;
	}

	/** The total cost of a plan's top node, e.g. 2019.79 of {@code Limit  (cost=2017.81..2019.79 rows=33 width=1572)}. */
	private static double totalCost(String plan) {
		java.util.regex.Matcher cost = Pattern.compile("cost=[0-9.]+\\.\\.([0-9.]+)").matcher(plan);
		if (!cost.find()) {
			throw new IllegalArgumentException("No cost in the plan " + plan);
		}
		return Double.parseDouble(cost.group(1));
	}

	private static boolean stoppedByLimit(String[] lines, int node) {
		int depth = depth(lines[node]);
		for (int i = node - 1; i >= 0; i--) {
			if (!lines[i].contains("->") && i > 0 || depth(lines[i]) >= depth) {
				continue;
			}
			String parent = lines[i].replaceFirst("^\\s*(->\\s*)?", "");
			if (parent.startsWith("Limit")) {
				return true;
			}
			if (!(parent.startsWith("Result") || parent.startsWith("Append") || parent.startsWith("Subquery Scan"))) {
				return false;
			}
			depth = depth(lines[i]);
		}
		return false;
	}

	private static int depth(String line) {
		int arrow = line.indexOf("->");
		return arrow < 0 ? 0 : arrow;
	}

	/** A page of a task list (not one task by its id). */
	private static boolean isPage(Captured statement) {
		String sql = statement.sql().toLowerCase(Locale.ROOT);
		return sql.matches("(?s).*from act_ru_task res\\b.*limit.*") && !sql.matches("(?s).*\\bres\\.id_ = \\?.*");
	}

	private static boolean isFor(Captured statement, String username) {
		return statement.parameters().contains(username);
	}

	private static boolean walks(Captured statement) {
		return statement.sql().toLowerCase(Locale.ROOT).matches("(?s).*vis_link\\.task_id_ = res\\.id_.*");
	}

	private static List<String> taskIds(Connection connection, Captured statement) throws Exception {
		List<String> ids = new ArrayList<>();
		try (PreparedStatement run = connection.prepareStatement(statement.sql())) {
			for (int i = 0; i < statement.parameters().size(); i++) {
				run.setObject(i + 1, statement.parameters().get(i));
			}
			try (ResultSet rows = run.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString("ID_"));
				}
			}
		}
		return ids;
	}

	/** A task list or count of the engine's (the statements VisibleTasks.xml runs). */
	private static boolean isTaskList(Captured statement) {
		return statement.sql().toLowerCase(Locale.ROOT).matches("(?s).*(from act_ru_task res\\b|as \\(\\s*select greatest).*");
	}

	/**
	 * The plan PostgreSQL makes of a statement for any parameters: the JDBC driver prepares a
	 * statement on the server from its fifth execution, and PostgreSQL may then plan it once for
	 * all parameters (a generic plan) instead of for each one's values.
	 */
	private static String genericPlan(Connection connection, String sql) throws Exception {
		java.util.concurrent.atomic.AtomicInteger parameter = new java.util.concurrent.atomic.AtomicInteger();
		String numbered = Pattern.compile("\\?").matcher(sql).replaceAll(match -> "\\$" + parameter.incrementAndGet());
		String nulls = String.join(", ", java.util.Collections.nCopies(parameter.get(), "null"));
		StringBuilder plan = new StringBuilder();
		try (Statement explain = connection.createStatement()) {
			explain.execute("set local plan_cache_mode = force_generic_plan");
			explain.execute("prepare generic_plan_check as " + numbered);
			try (ResultSet rows = explain.executeQuery("explain execute generic_plan_check" + (nulls.isEmpty() ? "" : "(" + nulls + ")"))) {
				while (rows.next()) {
					plan.append(rows.getString(1)).append('\n');
				}
			}
			explain.execute("deallocate generic_plan_check");
			explain.execute("set local plan_cache_mode = auto");
		}
		return plan.toString();
	}

	private String filterId(String key) {
		return this.filterService.createFilterQuery()
			.list()
			.stream()
			.filter(filter -> filter.getProperties() != null && key.equals(filter.getProperties().get("gridcaseFilter")))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	/** Tasks spread over 480 grids, each with its case grid, light, candidate link and the engine's two grants; cases likewise. */
	private static void fillWithSyntheticRows(Connection connection) throws Exception {
		fillWithSyntheticRows(connection, SPREAD);
	}

	/** 480 grids, 96 communities (station1's, 410104001001, one of them): each holds 1/96 of the tasks. */
	private static final String SPREAD = "'410104' || lpad(((i % 12) + 1)::text, 3, '0') || lpad((((i / 12) % 8) + 1)::text, 3, '0')"
			+ " || lpad((((i / 96) % 5) + 1)::text, 3, '0')";

	/** Three tasks in four in a grid of station1's community (410104001001), the rest spread as above. */
	private static final String STATION_HOLDS_MANY = "case when i % 4 <> 0 then '410104001001' || lpad(((i % 5) + 1)::text, 3, '0')"
			+ " else " + SPREAD + " end";

	/**
	 * Tasks in the grids {@code grid} gives (an SQL expression of the row number {@code i}),
	 * offered to the grid's leader, or to the community station for the tasks in station1's
	 * community when it holds many.
	 */
	private static void fillWithSyntheticRows(Connection connection, String grid) throws Exception {
		String series = " from generate_series(1, " + TASKS + ") i";
		try (Statement sql = connection.createStatement()) {
			sql.execute("create temporary table plan_definition on commit drop as select id_ from act_re_procdef"
					+ " where key_ = 'CaseLifecycleProcess' order by version_ desc limit 1");
			sql.execute("insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_,"
					+ " is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, sequence_counter_)"
					+ " select 'plan-' || i, 1, 'plan-' || i, 'plan-' || i, 'plan-' || i, (select id_ from plan_definition),"
					+ " true, false, true, false, 1, 1" + series);
			sql.execute("insert into act_ru_variable (id_, rev_, type_, name_, execution_id_, proc_inst_id_, var_scope_, text_,"
					+ " sequence_counter_, is_concurrent_local_) select 'plan-g-' || i, 1, 'string', 'gridCode', 'plan-' || i,"
					+ " 'plan-' || i, 'plan-' || i, " + grid + ", 1, false" + series);
			sql.execute("insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_,"
					+ " priority_, create_time_, due_date_, suspension_state_, assignee_)"
					+ " select 'plan-t-' || i, 1, 'plan-' || i, 'plan-' || i, (select id_ from plan_definition), 'synthetic',"
					+ " 'Activity_Synthetic', 50, now() - (i % 30) * interval '1 day' - i * interval '1 second',"
					+ " now() + ((i % 61) - 30) * interval '1 day' + (i % 997) * interval '1 minute', 1,"
					+ " case when i % 3 = 0 then 'worker-' || (i % 2000) end" + series);
			sql.execute("insert into act_ru_variable (id_, rev_, type_, name_, execution_id_, proc_inst_id_, task_id_, var_scope_,"
					+ " text_, sequence_counter_, is_concurrent_local_) select 'plan-l-' || i, 1, 'string', 'light', 'plan-' || i,"
					+ " 'plan-' || i, 'plan-t-' || i, 'plan-t-' || i, case when i % 33 = 0 then 'RED' when i % 14 = 0"
					+ " then 'YELLOW' else 'GREEN' end, 1, true" + series);
			String offeredTo = grid.equals(SPREAD) ? "'GRID_LEADER:' || " + grid
					: "case when i % 4 <> 0 then 'COMMUNITY_STATION:410104001001' else 'GRID_LEADER:' || " + SPREAD + " end";
			sql.execute("insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_) select 'plan-i-' || i, 1,"
					+ offeredTo + ", 'candidate', 'plan-t-' || i" + series);
			sql.execute("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)"
					+ " select 'plan-a-' || i || '-' || r, 1, 1, 'GRID_LEADER:' || " + grid + ", r, 'plan-t-' || i,"
					+ " case when r = 7 then 16386 else 2 end" + series + " cross join (values (7), (19)) resource(r)");
			sql.execute("insert into case_record (id, issue_type, description, step, opened_at, version, grid_code, severity,"
					+ " handling_level, light, step_due_at, case_due_at, closed_at, tracking_number, channel)"
					+ " select gen_random_uuid(), 'SANITATION', 'synthetic', case when i % 10 = 0 then 'HANDLE' else 'CLOSED' end,"
					+ " now() - i * interval '5 minutes', 0, " + grid + ", 'GENERAL', 'GRID', 'GREEN',"
					+ " case when i % 10 = 0 then now() + (i % 50) * interval '1 hour' end, now() + interval '10 days',"
					+ " case when i % 10 <> 0 then now() end, 'P' || lpad(i::text, 12, '0'), 'PATROL'"
					+ " from generate_series(1, " + CASES + ") i");
			for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_identitylink",
					"act_ru_authorization", "case_record")) {
				sql.execute("analyze " + table);
			}
		}
	}

	private List<Captured> statementsOf(String username, java.util.function.Function<ApiClient, java.net.http.HttpResponse<String>> call) {
		this.grantHolders.forgetAll();
		return sqlOf(() -> {
			var response = call.apply(ApiClient.as(this.port, username, "demo123"));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		});
	}

	private static List<Captured> sqlOf(Runnable work) {
		List<Logger> loggers = SQL_LOGGERS.stream().map(name -> (Logger) LoggerFactory.getLogger(name)).toList();
		List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		loggers.forEach(logger -> {
			logger.addAppender(log);
			logger.setLevel(logger.getName().endsWith("bind") ? Level.TRACE : Level.DEBUG);
		});
		try {
			work.run();
		}
		finally {
			for (int i = 0; i < loggers.size(); i++) {
				loggers.get(i).setLevel(levels.get(i));
				loggers.get(i).detachAppender(log);
			}
		}
		return Captured.from(log.list);
	}

	/** How long the statement takes on the synthetic rows, for the record (not asserted: the machine is shared). */
	private static double medianMillis(Connection connection, Captured statement) throws Exception {
		double[] millis = new double[TIMED_RUNS];
		try (PreparedStatement run = connection.prepareStatement(statement.sql())) {
			for (int i = 0; i < statement.parameters().size(); i++) {
				run.setObject(i + 1, statement.parameters().get(i));
			}
			for (int i = 0; i < TIMED_RUNS; i++) {
				long start = System.nanoTime();
				try (ResultSet rows = run.executeQuery()) {
					while (rows.next()) {
						// read every row, as the application does
					}
				}
				millis[i] = (System.nanoTime() - start) / 1e6;
			}
		}
		java.util.Arrays.sort(millis);
		return millis[TIMED_RUNS / 2];
	}


	/** One statement run for a request, with its parameters as logged by MyBatis or Hibernate. */
	private record Captured(String sql, List<Object> parameters) {


		private static final Pattern HIBERNATE_PARAMETER = Pattern.compile("binding parameter \\((\\d+):(\\w+)\\) <- \\[(.*)]");

		static List<Captured> from(List<ILoggingEvent> events) {
			List<Captured> statements = new ArrayList<>();
			String sql = null;
			List<Object> bound = new ArrayList<>();
			for (ILoggingEvent event : events) {
				String message = event.getFormattedMessage();
				if (message.startsWith("==>  Preparing: ")) {
					sql = message.substring("==>  Preparing: ".length());
				}
				else if (message.startsWith("==> Parameters: ") && sql != null) {
					statements.add(new Captured(sql, LoggedSqlParameters.parse(message.substring("==> Parameters: ".length()))));
					sql = null;
				}
				else if (event.getLoggerName().equals("org.hibernate.SQL")) {
					if (sql != null) {
						statements.add(new Captured(sql, bound));
					}
					sql = message.replaceAll("\\s+", " ");
					bound = new ArrayList<>();
				}
				else if (HIBERNATE_PARAMETER.matcher(message).find() && sql != null) {
					Matcher parameter = HIBERNATE_PARAMETER.matcher(message);
					parameter.find();
					bound.add(switch (parameter.group(2)) {
						case "INTEGER" -> Integer.valueOf(parameter.group(3));
						case "BIGINT" -> Long.valueOf(parameter.group(3));
						default -> parameter.group(3);
					});
				}
			}
			if (sql != null && !bound.isEmpty()) {
				statements.add(new Captured(sql, bound));
			}
			return statements;
		}

	}

}
