package org.gridcase.platform.cockpit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.gridcase.ApiClient;
import org.gridcase.LoggedSqlParameters;
import org.gridcase.QueryPlans;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries behind the Cockpit history plugin and the case timeline use indexes: each request
 * the plugin sends is made as auditor1, the SQL the engine runs for it is taken from its MyBatis
 * log, and PostgreSQL's plan for it (sequential scans priced out, so that a scan is chosen only
 * where no index can serve) may not scan a history table or the audit trail. Small data; the
 * benchmark (bench/audit-history.sh) measures the same queries at 100,000 cases.
 */
@IntegrationTest
class HistoryQueryPlanTests {

	/** Where the engine's MyBatis mappers log their SQL (the mapper namespaces). */
	private static final List<String> ENGINE_SQL_LOGGERS = List.of("org.camunda.bpm.engine.impl.persistence.entity",
			"org.camunda.bpm.engine.impl.history.event", "org.gridcase.history.process.CaseInstances");

	private static final Pattern BIG_TABLE_SCAN = Pattern
		.compile("Seq Scan on (act_hi_\\w+|act_ge_bytearray|audit_event|case_record)", Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	HistoryService historyService;

	@Autowired
	DataSource dataSource;

	@Test
	void historyViewSearchAndTimelineQueriesReadThroughIndexes() throws Exception {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "路灯杆广告张贴"));
		String trackingNumber = this.cases.findCase(id).orElseThrow().trackingNumber();
		new FinishedCase(this.port, trackingNumber).workToTheEnd();
		HistoricProcessInstance root = this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.processDefinitionKey("CaseLifecycleProcess")
			.singleResult();
		String taskId = this.historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(root.getId())
			.list()
			.get(0)
			.getId();

		String community = DemoDistrict.FIRST_GRID.substring(0, 12);
		List<String> requests = List.of("/api/history/process-instances?trackingNumber=" + trackingNumber,
				"/api/history/process-instances?trackingNumber=" + trackingNumber.substring(0, 8),
				"/api/history/process-instances?gridCode=" + community + "&startedAfter=2020-01-01&startedBefore=2099-01-01",
				"/api/history/process-instances?gridCode=" + community + "&finishedAfter=2020-01-01&state=finished",
				// a grid subtree with more cases than one query carries: the gridCode variables (V28)
				"/engine-rest/history/process-instance?variables=gridCode_like_410104001001%25&startedAfter=2020-01-01T00:00:00.000%2B0800"
						+ "&startedBefore=2099-01-01T00:00:00.000%2B0800&sortBy=startTime&sortOrder=desc&firstResult=0&maxResults=20",
				"/engine-rest/history/activity-instance?processInstanceId=" + root.getId()
						+ "&completeScope=true&sortBy=occurrence&sortOrder=desc&maxResults=1",
				"/engine-rest/history/process-instance/" + root.getId(),
				"/engine-rest/history/activity-instance?processInstanceId=" + root.getId() + "&sortBy=occurrence&sortOrder=asc",
				"/engine-rest/history/task?processInstanceId=" + root.getId(),
				"/engine-rest/history/identity-link-log?taskId=" + taskId + "&sortBy=time&sortOrder=asc",
				"/engine-rest/history/user-operation?processInstanceId=" + root.getId() + "&sortBy=timestamp&sortOrder=asc",
				"/engine-rest/history/detail?processInstanceId=" + root.getId()
						+ "&sortBy=time&sortOrder=asc&deserializeValues=false",
				"/engine-rest/history/incident?processInstanceId=" + root.getId(),
				"/engine-rest/history/decision-instance?processInstanceId=" + root.getId()
						+ "&includeInputs=true&includeOutputs=true&sortBy=evaluationTime&sortOrder=asc",
				"/engine-rest/history/process-instance?superProcessInstanceId=" + root.getId()
						+ "&sortBy=startTime&sortOrder=asc",
				"/engine-rest/process-definition/" + root.getProcessDefinitionId() + "/xml");
		List<Statement> statements = engineStatementsOf(requests);
		statements.add(new Statement("select * from audit_event where case_id = ? order by sequence",
				List.of(id.value())));

		assertThat(statements).extracting(statement -> statement.sql().toLowerCase(Locale.ROOT))
			.anyMatch(sql -> sql.contains("from act_hi_procinst"))
			.anyMatch(sql -> sql.contains("business_key_ in"))
			.anyMatch(sql -> sql.contains("from case_open_period"))
			.anyMatch(sql -> sql.contains("from act_hi_actinst"))
			.anyMatch(sql -> sql.contains("from act_hi_taskinst"))
			.anyMatch(sql -> sql.contains("from act_hi_identitylink"))
			.anyMatch(sql -> sql.contains("from act_hi_op_log"))
			.anyMatch(sql -> sql.contains("from act_hi_detail"))
			.anyMatch(sql -> sql.contains("from act_hi_incident"))
			.anyMatch(sql -> sql.contains("from act_hi_decinst"))
			.anyMatch(sql -> sql.contains("from act_ge_bytearray"));
		for (Statement statement : statements) {
			String plan = plan(statement);
			assertThat(BIG_TABLE_SCAN.matcher(plan).find()).as("%s%n%s", statement.sql(), plan).isFalse();
		}
		// after a few executions PostgreSQL may plan a prepared statement for any parameters: the
		// grid subtree search's cases must then still be found through a grid code index, not by
		// reading every case opened before the period's end
		String subtreeSearch = statements.stream()
			.map(Statement::sql)
			.filter(sql -> sql.contains("case_open_period"))
			.findFirst()
			.orElseThrow();
		assertThat(genericPlan(casesOfThePlace(subtreeSearch)).lines())
			.anyMatch(line -> line.contains("Index Cond") && line.matches(".*grid_code(\\)::text)? ~>=~.*"));
	}

	/** The subquery naming the cases of the place (CaseInstances.xml, "ofCasesOpenInPlace"). */
	private static String casesOfThePlace(String sql) {
		int start = sql.indexOf("select OPEN.tracking_number");
		int depth = 0;
		int end = start;
		while (depth >= 0 && end < sql.length()) {
			char next = sql.charAt(end++);
			depth += next == '(' ? 1 : next == ')' ? -1 : 0;
		}
		return sql.substring(start, end - 1);
	}

	/** The plan PostgreSQL makes of the statement for any parameters (a prepared statement's generic plan). */
	private String genericPlan(String sql) throws Exception {
		AtomicInteger parameter = new AtomicInteger();
		String numbered = Pattern.compile("\\?").matcher(sql).replaceAll(match -> "\\$" + parameter.incrementAndGet());
		String nulls = String.join(", ", java.util.Collections.nCopies(parameter.get(), "null"));
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (java.sql.Statement explain = connection.createStatement()) {
				explain.execute("set local enable_seqscan = off");
				explain.execute("set local plan_cache_mode = force_generic_plan");
				explain.execute("prepare generic_plan_check as " + numbered);
				StringBuilder plan = new StringBuilder();
				try (ResultSet rows = explain.executeQuery("explain execute generic_plan_check(" + nulls + ")")) {
					while (rows.next()) {
						plan.append(rows.getString(1)).append('\n');
					}
				}
				explain.execute("deallocate generic_plan_check");
				return plan.toString();
			}
			finally {
				connection.rollback();
			}
		}
	}

	/**
	 * Sends the plugin's requests as auditor1 and collects the SQL the engine ran for them (the
	 * history search's own statements, CaseInstances.xml, among them).
	 */
	private List<Statement> engineStatementsOf(List<String> requests) {
		List<Logger> loggers = ENGINE_SQL_LOGGERS.stream().map(name -> (Logger) LoggerFactory.getLogger(name)).toList();
		List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		loggers.forEach(logger -> {
			logger.addAppender(log);
			logger.setLevel(Level.DEBUG);
		});
		try {
			ApiClient auditor = ApiClient.as(this.port, "auditor1", "demo123");
			for (String request : requests) {
				assertThat(auditor.get(request).statusCode()).as(request).isEqualTo(200);
			}
		}
		finally {
			for (int i = 0; i < loggers.size(); i++) {
				loggers.get(i).setLevel(levels.get(i));
				loggers.get(i).detachAppender(log);
			}
		}
		List<Statement> statements = new ArrayList<>();
		String sql = null;
		for (ILoggingEvent event : log.list) {
			String message = event.getFormattedMessage();
			if (message.startsWith("==>  Preparing: ")) {
				sql = message.substring("==>  Preparing: ".length());
			}
			else if (message.startsWith("==> Parameters: ") && sql != null) {
				statements.add(new Statement(sql, LoggedSqlParameters.parse(message.substring("==> Parameters: ".length()))));
				sql = null;
			}
		}
		return statements;
	}

	private String plan(Statement statement) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				connection.createStatement().execute("set local enable_seqscan = off");
				return QueryPlans.explain(connection, statement.sql(), statement.parameters());
			}
			finally {
				connection.rollback();
			}
		}
	}

	private record Statement(String sql, List<Object> parameters) {

		Statement {
			parameters = new ArrayList<>(parameters);
		}

	}

}
