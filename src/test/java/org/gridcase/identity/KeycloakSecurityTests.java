package org.gridcase.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gridcase.TestDatabase;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code keycloak} profile against a real Keycloak (started by {@link KeycloakTestServer}).
 */
@Tag("keycloak")
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "gridcase.security.jwt-clock-skew=0s")
@ContextConfiguration(initializers = { TestDatabase.class, KeycloakTestServer.class })
@ActiveProfiles({ "test", "keycloak" })
class KeycloakSecurityTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final ObjectMapper json = new ObjectMapper();

	@Autowired
	IdentityService identityService;

	@Autowired
	CaseManagement cases;

	@Test
	void engineReadsUsersFromKeycloakWithTheirRolesAtPlaces() {
		User user = this.identityService.createUserQuery().userId("gridleader1").singleResult();

		assertThat(user.getFirstName()).isEqualTo("建国");
		assertThat(this.identityService.createGroupQuery().groupMember("gridleader1").list())
			.extracting(group -> group.getId())
			.contains("GRID_LEADER:" + DemoDistrict.FIRST_GRID);
	}

	@Test
	void codeFlowLogsADemoUserIntoTasklist() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new BrowserCookies())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		HttpResponse<String> start = browser.send(app("/oauth2/authorization/keycloak").build(), BodyHandlers.ofString());
		assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
		String authorize = start.headers().firstValue("Location").orElseThrow();
		assertThat(authorize).startsWith(KeycloakTestServer.realmUrl()).contains("code_challenge=");

		String loginPage = browser.send(HttpRequest.newBuilder(URI.create(authorize)).build(), BodyHandlers.ofString()).body();
		Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage);
		assertThat(action.find()).isTrue();
		HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=gridleader1&password=demo123"))
			.build(), BodyHandlers.ofString());
		assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
		String callback = loggedIn.headers().firstValue("Location").orElseThrow();
		assertThat(callback).contains("/login/oauth2/code/keycloak");
		browser.send(HttpRequest.newBuilder(URI.create(callback)).build(), BodyHandlers.ofString());

		HttpResponse<String> tasklist = browser.send(app("/camunda/app/tasklist/default/").build(), BodyHandlers.ofString());
		HttpResponse<String> webappUser = browser.send(app("/camunda/api/admin/auth/user/default").build(),
				BodyHandlers.ofString());
		assertThat(tasklist.statusCode()).isEqualTo(200);
		assertThat(webappUser.body()).contains("\"userId\":\"gridleader1\"", "tasklist");

		HttpResponse<String> logout = browser.send(app("/camunda/api/admin/auth/user/default/logout")
			.POST(BodyPublishers.noBody())
			.build(), BodyHandlers.ofString());
		assertThat(logout.statusCode()).as(logout.headers().map().toString()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).startsWith(KeycloakTestServer.realmUrl() + "/protocol/openid-connect/logout")
					.contains("id_token_hint=", "post_logout_redirect_uri="));
		assertThat(browser.send(app("/camunda/api/admin/auth/user/default").build(), BodyHandlers.ofString()).statusCode())
			.isNotEqualTo(200);
	}

	@Test
	void tokensOfTheRealmForUsOpenTheApis() throws Exception {
		String token = token("gridcase-api", "gridleader1");

		assertThat(call("/api/grids/" + DemoDistrict.FIRST_GRID, token).statusCode()).isEqualTo(200);
		assertThat(call("/engine-rest/task?candidateUser=gridleader1", token).statusCode()).isEqualTo(200);
	}

	@Test
	void tokensForAnotherAudienceAreRefused() throws Exception {
		String token = token(KeycloakTestServer.OTHER_AUDIENCE_CLIENT, "gridleader1");

		assertThat(call("/api/grids/" + DemoDistrict.FIRST_GRID, token).statusCode()).isEqualTo(401);
		assertThat(call("/engine-rest/task", token).statusCode()).isEqualTo(401);
	}

	@Test
	void expiredTokensAreRefused() throws Exception {
		String token = token(KeycloakTestServer.SHORT_LIVED_CLIENT, "gridleader1");
		// the realm gives this client one-second tokens; the clock skew is 0 in this test
		Thread.sleep(2_100);

		assertThat(call("/api/grids/" + DemoDistrict.FIRST_GRID, token).statusCode()).isEqualTo(401);
	}

	@Test
	void unsignedAndForgedTokensAreRefused() throws Exception {
		String[] parts = token("gridcase-api", "gridleader1").split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forgedPayload = base64(payload.replace("\"gridleader1\"", "\"orgadmin\""));
		String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
		String forged = parts[0] + "." + forgedPayload + "." + parts[2];

		assertThat(call("/api/grids/" + DemoDistrict.FIRST_GRID, unsigned).statusCode()).isEqualTo(401);
		assertThat(call("/api/grids/" + DemoDistrict.FIRST_GRID, forged).statusCode()).isEqualTo(401);
		assertThat(call("/engine-rest/task", "not-a-token").statusCode()).isEqualTo(401);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/deployment",
			"/engine-rest/user", "/engine-rest/history/process-instance", "/api/grids/410104", "/api/cases/x",
			"/api/staffing/holders?role=GRID_LEADER&place=410104001001001", "/api/people/gridleader1/roles" })
	void anonymousCallsAreRefused(String path) throws Exception {
		assertThat(call(path, null).statusCode()).isEqualTo(401);
	}

	@Test
	void workerOfAnotherGridSeesNeitherTheCaseNorItsTask() throws Exception {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "垃圾满溢"));
		String other = token("gridcase-api", "gridleader2");
		String station = token("gridcase-api", "station1");

		HttpResponse<String> stationTasks = call("/engine-rest/task?processInstanceBusinessKey=" + businessKeyOf(id), station);
		String taskId = this.json.readTree(stationTasks.body()).get(0).path("id").asText();

		assertThat(call("/api/cases/" + id, other).statusCode()).isEqualTo(404);
		assertThat(call("/api/cases/" + id, station).statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(call("/engine-rest/task?processInstanceBusinessKey=" + businessKeyOf(id), other).body())).isEmpty();
		assertThat(call("/engine-rest/task/" + taskId, other).statusCode()).isIn(403, 404);
	}

	@Test
	void auditorsChangeNothing() throws Exception {
		String auditor = token("gridcase-api", "auditor1");

		HttpResponse<String> grid = send(app("/api/grids").header("Authorization", "Bearer " + auditor)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"code\":\"410104001001777\",\"name\":\"x\",\"parentCode\":\"410104001001\"}")));
		HttpResponse<String> deployment = send(app("/engine-rest/deployment/create").header("Authorization", "Bearer " + auditor)
			.header("Content-Type", "multipart/form-data; boundary=x")
			.POST(BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nx\r\n"
					+ "--x\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
					+ "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--x--\r\n")));

		HttpResponse<String> report = send(app("/api/reports").header("Authorization", "Bearer " + auditor)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"channel\":\"PATROL\",\"subcategory\":\"01-01\",\"description\":\"审计员不应能上报\","
					+ "\"gridCode\":\"410104001001001\"}")));

		assertThat(grid.statusCode()).isEqualTo(403);
		assertThat(deployment.statusCode()).isEqualTo(403);
		assertThat(report.statusCode()).isEqualTo(403);
	}

	@Test
	void guessingAPasswordLocksTheLoginForAWhile() throws Exception {
		for (int guess = 0; guess < 5; guess++) {
			assertThat(passwordGrant("gridcase-api", "police1", "guess" + guess).statusCode()).isIn(400, 401);
		}

		assertThat(passwordGrant("gridcase-api", "police1", "demo123").statusCode()).isNotEqualTo(200);
	}

	private String token(String clientId, String username) throws Exception {
		HttpResponse<String> response = passwordGrant(clientId, username, "demo123");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body()).path("access_token").asText();
	}

	private HttpResponse<String> passwordGrant(String clientId, String username, String password) throws Exception {
		return this.http.send(HttpRequest.newBuilder(
				URI.create(KeycloakTestServer.realmUrl() + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("grant_type=password&client_id=" + clientId + "&username=" + username
					+ "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
			.build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> call(String path, String token) throws Exception {
		HttpRequest.Builder request = app(path);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	private static HttpRequest.Builder app(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + KeycloakTestServer.appPort() + path));
	}

	private static String base64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private String businessKeyOf(CaseId id) {
		return this.cases.findCase(id).orElseThrow().processBusinessKey();
	}

}
