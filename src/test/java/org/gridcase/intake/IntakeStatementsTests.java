package org.gridcase.intake;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.SqlStatements;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements one intake sends to PostgreSQL (issue 13), as the engine's MyBatis mappings of
 * runtime entities, Hibernate and JDBC templates log them (inserts of a kind batched into one):
 * a report as the benchmark files it ({@code bench/wrk/intake-gridcase.lua}: placed by grid code,
 * no point, so no duplicate search), and an Open311 request with a point.
 */
@IntegrationTest
class IntakeStatementsTests {

	/**
	 * Statements of one intake besides the login's: 46 before issue 13's third round (one read of
	 * the case record being opened, the first task's routing and alert asking for the same place
	 * and holders again, preferences, contacts and templates one person at a time), 37 to 39 after
	 * (the engine's batched inserts log as one statement per run of one kind: their number moves
	 * with the order of the flush).
	 */
	static final int MAX_STATEMENTS = 39;

	/**
	 * The same for an Open311 request with a point (its key, the duplicate search and its locks, its
	 * own row): 46 in the same round, 44 once its own row was persisted in the report's transaction
	 * (no check whether it exists, no read before the insert, no second commit). The engine's
	 * batched inserts log as one statement per run of one kind, so a different order of the flush
	 * may show two more (the REST report shows 37 to 39).
	 */
	static final int MAX_OPEN311_STATEMENTS = 45;

	/**
	 * Connections a report over REST takes from the pool, one per transaction: 4 before (the
	 * caller's roles, the subcategory and the grid each read in a transaction of its own, then the
	 * intake's), 2 now (those reads in one read-only transaction, then the intake's).
	 */
	static final int MAX_CONNECTIONS = 2;

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	GridDirectory grids;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReportOpeningACaseSendsFewStatements() throws Exception {
		ApiClient client = ApiClient.as(this.port, "gridworker1", "demo123");
		file(client, "预热");
		List<String> statements;
		boolean loginChecked;
		long connectionsBefore = connectionsTaken();
		try (SqlStatements sql = SqlStatements.record()) {
			file(client, "计数");
			statements = sql.matching(text -> !isLogin(text));
			loginChecked = !sql.matching(IntakeStatementsTests::checksALogin).isEmpty();
		}
		long connections = connectionsTaken() - connectionsBefore;
		print("one report over REST", statements);
		System.out.println("Connections taken by one report over REST: " + connections
				+ (loginChecked ? " (with the login's check)" : ""));
		assertThat(connections).as("transactions of one report (the login's check, once per 10 s, takes one more)")
			.isLessThanOrEqualTo(MAX_CONNECTIONS + (loginChecked ? 1 : 0));
		assertThat(count(statements, sql -> sql.contains("from case_record"))).as("reads of the case record being opened")
			.isZero();
		assertThat(count(statements, sql -> sql.contains("join role_assignment a on a.grid_id = g.id")))
			.as("holders of the first task's group: routing's answer serves its alert").isEqualTo(1);
		assertThat(count(statements, sql -> sql.startsWith("select g.code") && sql.endsWith("where g.code = ?")))
			.as("places read one by one (the report's, the case's)").isLessThanOrEqualTo(2);
		assertThat(count(statements, sql -> sql.contains("from notification_preference"))).as("preferences of the holders")
			.isEqualTo(1);
		assertThat(count(statements, sql -> sql.contains("from person where username"))).as("contacts of the holders")
			.isEqualTo(1);
		assertThat(count(statements, sql -> sql.contains("from notification_template"))).as("templates").isEqualTo(1);
		assertThat(statements).hasSizeLessThanOrEqualTo(MAX_STATEMENTS);
	}

	/** Connections taken from the pool so far (Hikari's own count of checkouts, on the actuator's meters). */
	private long connectionsTaken() {
		return this.meters.get("hikaricp.connections.acquire").timers().stream().mapToLong(Timer::count).sum();
	}

	/** A statement of the login's check (the engine's users and groups, the first-password state). */
	private static boolean checksALogin(String sql) {
		return sql.contains("from act_id_") || sql.contains("login_first_password");
	}

	/** The login's (HTTP Basic, verified once per 10 s window): the security filters', not the intake's. */
	private static boolean isLogin(String sql) {
		return sql.contains(" act_id_") || sql.contains("login_first_password");
	}

	private static long count(List<String> statements, Predicate<String> which) {
		return statements.stream().filter(which).count();
	}

	@Test
	void anOpen311RequestOpeningACaseSendsFewStatements() throws Exception {
		Open311KeyFixtures.IssuedKey key = Open311KeyFixtures.issue(this.port, "语句计数", "HOTLINE_12345", "410104", 600);
		GridView grid = GridsWithoutOpenCases.any(this.grids, this.jdbc);
		List<String> statements;
		try (SqlStatements sql = SqlStatements.record()) {
			HttpResponse<String> created = ApiClient.anonymous(this.port)
				.postJson("/open311/v2/requests.json?jurisdiction_id=410104", """
						{"api_key":"%s","service_code":"01-01","lat":%s,"long":%s,"description":"语句计数 %d：路口暴露垃圾"}"""
					.formatted(key.apiKey(), grid.lat(), grid.lon(), System.nanoTime()));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			statements = sql.all();
		}
		print("one Open311 request", statements);
		assertThat(count(statements, sql -> sql.contains("from case_record cr1_0 where cr1_0.id")))
			.as("reads of the case record being opened").isZero();
		assertThat(count(statements, sql -> sql.startsWith("select or1_0.") && sql.contains("from open311_request")))
			.as("reads of the Open311 request being kept").isZero();
		assertThat(count(statements, sql -> sql.startsWith("select count(*) from open311_request")))
			.as("checks whether the Open311 request was kept before").isZero();
		assertThat(count(statements, sql -> sql.contains("join role_assignment a on a.grid_id = g.id")))
			.as("holders of the first task's group: routing's answer serves its alert").isEqualTo(1);
		assertThat(count(statements, sql -> sql.contains("from notification_preference"))).as("preferences of the holders")
			.isEqualTo(1);
		assertThat(statements).hasSizeLessThanOrEqualTo(MAX_OPEN311_STATEMENTS);
	}

	private static void print(String what, List<String> statements) {
		Map<String, Integer> byKind = new TreeMap<>();
		statements.forEach(statement -> byKind.merge(kind(statement), 1, Integer::sum));
		System.out.println("Statements of " + what + ": " + statements.size() + " " + byKind);
		statements.forEach(statement -> System.out.println("  " + statement));
	}

	private static void file(ApiClient client, String tag) throws Exception {
		HttpResponse<String> response = client.postJson("/api/reports", """
				{"channel":"PATROL","subcategory":"01-01","description":"语句计数 %s %d：路口东北角暴露垃圾，请处理",\
				"address":"顺河路与城东路交叉口","gridCode":"410104001001001","reporter":{"name":"张伟","phone":"13800000000"}}"""
			.formatted(tag, System.nanoTime()));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private static String kind(String statement) {
		return statement.split(" ", 2)[0];
	}

}
