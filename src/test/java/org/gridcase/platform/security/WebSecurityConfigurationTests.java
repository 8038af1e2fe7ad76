package org.gridcase.platform.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WebSecurityConfigurationTests {

	private static final String ADMIN = basic("admin", "admin");

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/engine", "/engine-rest/process-definition", "/engine-rest/user",
			"/engine-rest/deployment" })
	void engineRestRejectsAnonymousCalls(String path) throws Exception {
		assertThat(get(path, null).statusCode()).isEqualTo(401);
	}

	@Test
	void engineRestRejectsAnonymousDeployment() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
			.header("Content-Type", "multipart/form-data; boundary=x")
			.POST(BodyPublishers.ofString("--x--")));

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void engineRestRejectsWrongPassword() throws Exception {
		assertThat(get("/engine-rest/process-definition", basic("admin", "wrong")).statusCode()).isEqualTo(401);
	}

	@Test
	void engineRestServesTheConfiguredAdmin() throws Exception {
		HttpResponse<String> response = get("/engine-rest/process-definition?key=CaseLifecycleProcess", ADMIN);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"key\":\"CaseLifecycleProcess\"");
	}

	@Test
	void engineRestAppliesTheCallersAuthorizations() throws Exception {
		if (this.identityService.createUserQuery().userId("visitor").count() == 0) {
			User visitor = this.identityService.newUser("visitor");
			visitor.setPassword("visitor-secret");
			this.identityService.saveUser(visitor);
		}

		HttpResponse<String> response = get("/engine-rest/process-definition?key=CaseLifecycleProcess",
				basic("visitor", "visitor-secret"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[]");
	}

	@Test
	void webappsRedirectAnonymousVisitorsToLogin() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).header("Accept", "text/html"));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void loggedInUserReachesTasklistAsThemselves() throws Exception {
		HttpClient browser = loggedInBrowser("admin", "admin");

		HttpResponse<String> tasklist = browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
				BodyHandlers.ofString());
		assertThat(tasklist.statusCode()).isEqualTo(200);
		assertThat(tasklist.body()).containsIgnoringCase("tasklist");

		HttpResponse<String> webappUser = browser.send(
				HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).build(), BodyHandlers.ofString());
		assertThat(webappUser.statusCode()).isEqualTo(200);
		assertThat(webappUser.body()).contains("\"userId\":\"admin\"");
	}

	@Test
	void browserSessionReadsTheApiAndWritesOnlyWithItsCsrfToken() throws Exception {
		HttpClient browser = loggedInBrowser("orgadmin", "demo123");

		HttpResponse<String> session = browser.send(HttpRequest.newBuilder(uri("/api/session")).build(),
				BodyHandlers.ofString());
		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(session.body()).contains("\"username\":\"orgadmin\"").contains("\"header\":\"X-CSRF-TOKEN\"");
		Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(session.body());
		assertThat(token.find()).isTrue();

		HttpRequest.Builder emptyGrid = HttpRequest.newBuilder(uri("/api/grids"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{}"));
		assertThat(browser.send(emptyGrid.build(), BodyHandlers.ofString()).statusCode())
			.as("a write riding on the session without its token").isEqualTo(403);
		HttpResponse<String> withToken = browser.send(emptyGrid.header("X-CSRF-TOKEN", token.group(1)).build(),
				BodyHandlers.ofString());
		assertThat(withToken.statusCode()).as("the same write with the token reaches validation").isEqualTo(400);
		assertThat(withToken.body()).contains("\"field\":\"code\"");

		assertThat(browser.send(HttpRequest.newBuilder(uri("/engine-rest/process-definition")).build(),
				BodyHandlers.ofString()).statusCode()).as("the engine REST API never honours the session").isEqualTo(401);
	}

	private HttpClient loggedInBrowser(String username, String password) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).build(), BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();

		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
		return browser;
	}

	@Test
	void livenessProbeIsPublicAndBare() throws Exception {
		HttpResponse<String> response = get("/actuator/health/liveness", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/prometheus", "/actuator/info", "/api/cases" })
	void operationsAndApiNeedLogin(String path) throws Exception {
		assertThat(get(path, null).statusCode()).isEqualTo(401);
	}

	@Test
	void healthReportsDatabaseAndEngine() throws Exception {
		HttpResponse<String> response = get("/actuator/health", ADMIN);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"db\":{\"status\":\"UP\"")
			.contains("\"processEngine\":{\"status\":\"UP\"");
	}

	@Test
	void prometheusExposesApplicationMetrics() throws Exception {
		HttpResponse<String> response = get("/actuator/prometheus", ADMIN);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("hikaricp_connections_active").contains("jvm_memory_used_bytes");
	}

	private HttpResponse<String> get(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return ApiClient.anonymous(this.port).send(request);
	}

	private URI uri(String path) {
		return ApiClient.anonymous(this.port).uri(path);
	}

	private static String basic(String user, String password) {
		return ApiClient.basic(user, password);
	}

}
