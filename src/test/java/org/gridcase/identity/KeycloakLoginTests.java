package org.gridcase.identity;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.TestDatabase;
import org.gridcase.grid.OrganisationFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profile {@code keycloak} against a real Keycloak: our login theme in Chinese, the public hosts
 * the realm accepts, people appointed through the API logging in at once, and a browser
 * session's authorities.
 */
@Tag("keycloak")
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "gridcase.security.jwt-clock-skew=0s")
@ContextConfiguration(initializers = { TestDatabase.class, KeycloakTestServer.class })
@ActiveProfiles({ "test", "keycloak" })
class KeycloakLoginTests {

	private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void keycloaksLoginPageIsOursInChinese() throws Exception {
		HttpClient browser = browser();

		String page = loginPage(browser).body();

		assertThat(page).contains("lang=\"zh-CN\"", "GridCase 网格化案件管理", "管城回族区", "登录", "用户名", "密码",
				"css/gridcase.css");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080", "http://127.0.0.1:8080", KeycloakTestServer.PUBLIC_URL })
	void theRealmAcceptsTheDemoHostsAndTheConfiguredPublicHost(String host) throws Exception {
		HttpResponse<String> authorize = authorize(host + "/login/oauth2/code/keycloak");

		assertThat(authorize.statusCode()).as(authorize.body()).isEqualTo(200);
		assertThat(authorize.body()).contains("name=\"username\"").doesNotContain("redirect_uri");
	}

	@Test
	void theRealmRefusesOtherHosts() throws Exception {
		HttpResponse<String> authorize = authorize("http://elsewhere.example/login/oauth2/code/keycloak");

		assertThat(authorize.statusCode()).isEqualTo(400);
	}

	@Test
	void aPersonAppointedThroughTheApiLogsInAtOnceAndChoosesAPassword() throws Exception {
		String username = OrganisationFixtures.newUsername();
		String admin = token("orgadmin", "demo123");

		HttpResponse<String> saved = send(app("/api/people/" + username).header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString("{\"name\":\"孙新任\",\"phone\":\"13800000002\"}")));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		String firstPassword = this.json.readTree(saved.body()).path("login").path("generatedPassword").asText();
		assertThat(firstPassword).hasSize(12);
		HttpResponse<String> demoUser = send(app("/api/people/gridleader1").header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString("{\"name\":\"王建国\",\"email\":\"gridleader1@demo.gridcase.org\"}")));
		assertThat(this.json.readTree(demoUser.body()).has("login")).as("already in Keycloak").isFalse();

		HttpClient browser = browser();
		HttpResponse<String> updatePassword = withinKeycloak(browser, submit(browser, loginPage(browser).body(),
				"username=" + username + "&password=" + firstPassword));
		assertThat(updatePassword.statusCode()).as(updatePassword.body()).isEqualTo(200);
		assertThat(updatePassword.body()).contains("修改初始密码", "password-new");
		HttpResponse<String> loggedIn = submit(browser, updatePassword.body(),
				"password-new=Xinren-2026pw&password-confirm=Xinren-2026pw");
		assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
		String callback = loggedIn.headers().firstValue("Location").orElseThrow();
		assertThat(callback).contains("/login/oauth2/code/keycloak");
		browser.send(HttpRequest.newBuilder(URI.create(callback)).build(), BodyHandlers.ofString());

		// no role yet, so no webapp lets them in; our API knows them by the browser session
		HttpResponse<String> session = browser.send(app("/api/session").build(), BodyHandlers.ofString());
		assertThat(session.body()).contains("\"username\":\"" + username + "\"");
		assertThat(passwordGrant(username, "Xinren-2026pw").statusCode()).isEqualTo(200);
	}

	@Test
	void anAdministratorsBrowserSessionIsAnAdministratorOnTheApi() throws Exception {
		HttpClient browser = browser();
		HttpResponse<String> loggedIn = submit(browser, loginPage(browser).body(), "username=orgadmin&password=demo123");
		browser.send(HttpRequest.newBuilder(URI.create(loggedIn.headers().firstValue("Location").orElseThrow())).build(),
				BodyHandlers.ofString());
		JsonNode session = this.json.readTree(browser.send(app("/api/session").build(), BodyHandlers.ofString()).body());

		HttpResponse<String> saved = browser.send(app("/api/departments/SESSIONTEST")
			.header(session.path("csrf").path("header").asText(), session.path("csrf").path("token").asText())
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString("{\"name\":\"会话测试部门\"}"))
			.build(), BodyHandlers.ofString());

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
	}

	private HttpResponse<String> loginPage(HttpClient browser) throws Exception {
		HttpResponse<String> start = browser.send(app("/oauth2/authorization/keycloak").build(), BodyHandlers.ofString());
		String authorize = start.headers().firstValue("Location").orElseThrow();
		return browser.send(HttpRequest.newBuilder(URI.create(authorize)).build(), BodyHandlers.ofString());
	}

	/** Follows Keycloak's redirects to its own pages (e.g. a required action after the password). */
	private static HttpResponse<String> withinKeycloak(HttpClient browser, HttpResponse<String> response) throws Exception {
		HttpResponse<String> current = response;
		while (current.statusCode() == 302
				&& current.headers().firstValue("Location").orElse("").startsWith(KeycloakTestServer.url())) {
			current = browser.send(HttpRequest.newBuilder(URI.create(current.headers().firstValue("Location").orElseThrow()))
				.build(), BodyHandlers.ofString());
		}
		return current;
	}

	private static HttpResponse<String> submit(HttpClient browser, String page, String form) throws Exception {
		Matcher action = FORM_ACTION.matcher(page);
		assertThat(action.find()).as(page).isTrue();
		return browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form))
			.build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> authorize(String redirectUri) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(KeycloakTestServer.realmUrl()
				+ "/protocol/openid-connect/auth?client_id=gridcase-webapp&response_type=code&scope=openid"
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
				+ "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8))));
	}

	private String token(String username, String password) throws Exception {
		HttpResponse<String> response = passwordGrant(username, password);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body()).path("access_token").asText();
	}

	private HttpResponse<String> passwordGrant(String username, String password) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(KeycloakTestServer.realmUrl() + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("grant_type=password&client_id=gridcase-api&username=" + username + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8))));
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new BrowserCookies()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString());
	}

	private static HttpRequest.Builder app(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + KeycloakTestServer.appPort() + path));
	}

}
