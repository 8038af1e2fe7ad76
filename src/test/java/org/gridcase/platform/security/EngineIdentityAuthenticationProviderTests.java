package org.gridcase.platform.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gridcase.ApiClient;
import org.gridcase.PooledStatistics;
import org.gridcase.EngineClockFixtures;
import org.gridcase.IntegrationTest;
import org.gridcase.shared.District;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic against the engine's users: a password the engine accepted is not checked again
 * within the window (application.yml: 10 s); a change made elsewhere applies after it, one made
 * through this node's engine REST API at once.
 */
@IntegrationTest
class EngineIdentityAuthenticationProviderTests {

	private static final String FIRST = "first-secret-1";

	private static final String SECOND = "second-secret-2";

	private static final int REPEATS = 20;

	/** A documentation address of its own (through the trusted local proxy) for the refused logins. */
	private static final String CLIENT_ADDRESS = "203.0.113.131";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	private String username;

	@BeforeEach
	void createUser() {
		this.username = "basic" + UUID.randomUUID().toString().substring(0, 8);
		User user = this.identityService.newUser(this.username);
		user.setPassword(FIRST);
		this.identityService.saveUser(user);
	}

	@AfterEach
	void deleteUserAndResetClock() {
		EngineClockFixtures.resetClock();
		this.identityService.deleteUser(this.username);
	}

	@Test
	void aRepeatedRequestWithinTheWindowReadsNoIdentityTable() {
		String taskCount = "/engine-rest/task/count";
		assertThat(engineRest(FIRST, taskCount).statusCode()).isEqualTo(200);
		Map<String, Long> before = identityTableReads();

		for (int i = 0; i < REPEATS; i++) {
			assertThat(engineRest(FIRST, taskCount).statusCode()).isEqualTo(200);
		}

		Map<String, Long> reads = new TreeMap<>();
		identityTableReads().forEach((table, count) -> reads.put(table, count - before.getOrDefault(table, 0L)));
		System.out.println("Identity table scans for " + REPEATS + " repeated requests: " + reads);
		assertThat(reads.values().stream().mapToLong(Long::longValue).sum()).as(reads.toString()).isZero();
	}

	@Test
	void aPasswordChangedElsewhereIsStillAcceptedWithinTheWindowAndRefusedAfterIt() {
		assertThat(engineRest(FIRST).statusCode()).isEqualTo(200);

		// as another node (or the database) would change it: unseen by this node
		changePasswordInTheStore(SECOND);

		assertThat(engineRest(FIRST).statusCode()).as("within the window the password is not checked again")
			.isEqualTo(200);
		EngineClockFixtures.setClock(LocalDateTime.now(District.ZONE).plusSeconds(11).toString());
		assertThat(engineRest(FIRST).statusCode()).as("after the window").isEqualTo(401);
		assertThat(engineRest(SECOND).statusCode()).isEqualTo(200);
	}

	@Test
	void aPasswordChangedThroughTheEngineRestApiIsRefusedAtOnce() {
		assertThat(engineRest(FIRST).statusCode()).isEqualTo(200);

		HttpResponse<String> changed = admin().putJson("/engine-rest/user/" + this.username + "/credentials",
				"{\"password\":\"" + SECOND + "\",\"authenticatedUserPassword\":\"admin\"}");

		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
		assertThat(engineRest(FIRST).statusCode()).isEqualTo(401);
		assertThat(engineRest(SECOND).statusCode()).isEqualTo(200);
	}

	@Test
	void aRemovedUserIsRefusedAtOnce() {
		assertThat(engineRest(FIRST).statusCode()).isEqualTo(200);

		ApiClient admin = admin();
		HttpResponse<String> removed = admin.send(admin.request("/engine-rest/user/" + this.username).DELETE());

		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
		assertThat(engineRest(FIRST).statusCode()).isEqualTo(401);
	}

	@Test
	void aGroupJoinedThroughTheEngineRestApiAppliesAtOnce() {
		String definitions = "/engine-rest/process-definition?key=CaseLifecycleProcess";
		assertThat(engineRest(FIRST, definitions).body()).as("no authorization to read it").isEqualTo("[]");

		ApiClient admin = admin();
		HttpResponse<String> joined = admin.send(admin.request("/engine-rest/group/camunda-admin/members/" + this.username)
			.PUT(HttpRequest.BodyPublishers.noBody()));

		assertThat(joined.statusCode()).as(joined.body()).isEqualTo(204);
		assertThat(engineRest(FIRST, definitions).body()).as("an engine administrator now")
			.contains("\"key\":\"CaseLifecycleProcess\"");
	}

	private ApiClient admin() {
		return ApiClient.as(this.port, "admin", "admin");
	}

	private HttpResponse<String> engineRest(String password) {
		return engineRest(password, "/engine-rest/engine");
	}

	/** A request of the engine REST API as the test's user. */
	private HttpResponse<String> engineRest(String password, String path) {
		ApiClient client = ApiClient.as(this.port, this.username, password);
		return client.send(client.request(path).header("X-Forwarded-For", CLIENT_ADDRESS));
	}

	private void changePasswordInTheStore(String password) {
		User user = this.identityService.createUserQuery().userId(this.username).singleResult();
		user.setPassword(password);
		this.identityService.saveUser(user);
	}

	/** Index and sequential scans of the tables a login reads, as PostgreSQL counts them. */
	private Map<String, Long> identityTableReads() {
		PooledStatistics.flush(this.dataSource);
		Map<String, Long> reads = new TreeMap<>();
		this.jdbc.execute((Connection connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("select pg_stat_clear_snapshot()");
				try (var rows = statement.executeQuery("""
						select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_user_tables
						where schemaname = current_schema() and relname in
						('act_id_user', 'act_id_membership', 'act_id_tenant', 'act_id_tenant_member', 'login_first_password')""")) {
					while (rows.next()) {
						reads.put(rows.getString(1), rows.getLong(2));
					}
				}
			}
			return null;
		});
		return reads;
	}



}
