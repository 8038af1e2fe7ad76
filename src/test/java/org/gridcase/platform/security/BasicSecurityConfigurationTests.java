package org.gridcase.platform.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that is not logged in costs the server no session (issue 13): neither a page that
 * sends the browser to the login page nor any 401; only the login page itself holds one, for
 * its form's CSRF token.
 */
@IntegrationTest
class BasicSecurityConfigurationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/camunda/app/tasklist/default/", "/m/", "/api/cases", "/api/session",
			"/engine-rest/task", "/actuator/health", "/camunda/api/engine/engine/default/task" })
	void anAnonymousRequestOpensNoSession(String path) {
		HttpResponse<String> page = anonymous(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html"));
		HttpResponse<String> call = anonymous(HttpRequest.newBuilder(uri(path)).header("Accept", "*/*"));

		assertThat(List.of(page.statusCode(), call.statusCode())).allSatisfy(
				status -> assertThat(status).as(path).isIn(302, 401));
		assertThat(sessionCookies(page)).as("page " + path).isEmpty();
		assertThat(sessionCookies(call)).as("call " + path).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/cases", "/engine-rest/task", "/actuator/health" })
	void aRefusedPasswordOpensNoSession(String path) {
		HttpResponse<String> refused = anonymous(HttpRequest.newBuilder(uri(path))
			.header("Authorization", ApiClient.basic("nobody-" + path.length(), "wrong"))
			// a documentation address of its own, so that these failures use up no other test's allowance
			.header("X-Forwarded-For", "203.0.113.132"));

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(sessionCookies(refused)).isEmpty();
	}

	@Test
	void thePageWantedBeforeLoggingInIsRememberedByTheBrowser() {
		LoginBrowser browser = new LoginBrowser(this.port);

		HttpResponse<String> sent = browser.get("/m/");

		assertThat(LoginBrowser.location(sent)).endsWith("/login");
		assertThat(sessionCookies(sent)).isEmpty();
		assertThat(sent.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("REDIRECT_URI=").containsIgnoringCase("HttpOnly"));
		assertThat(sessionCookies(browser.get("/login"))).as("the login form's CSRF token").isNotEmpty();
		assertThat(LoginBrowser.location(browser.login("gridworker1", "demo123"))).endsWith("/m/");
	}

	private HttpResponse<String> anonymous(HttpRequest.Builder request) {
		return ApiClient.anonymous(this.port).send(request);
	}

	private java.net.URI uri(String path) {
		return ApiClient.anonymous(this.port).uri(path);
	}

	private static List<String> sessionCookies(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
	}

}
