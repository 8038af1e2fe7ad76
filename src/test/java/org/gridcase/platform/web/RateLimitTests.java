package org.gridcase.platform.web;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits from application-test.yml: 100 public reads per minute and address, 30 failed logins per
 * address and 10 per user in ten minutes. Each test comes from client addresses of its own
 * through the trusted local proxy, so the rest of the suite (from 127.0.0.1) is not affected.
 */
@IntegrationTest
class RateLimitTests {

	private static final int PUBLIC_READS = 100;

	private static final int FAILURES_PER_ADDRESS = 30;

	private static final int FAILURES_PER_USER = 10;

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	private String username;

	@BeforeEach
	void createUser() {
		this.username = "ratelimit" + UUID.randomUUID().toString().substring(0, 8);
		User user = this.identityService.newUser(this.username);
		user.setPassword("right-password");
		this.identityService.saveUser(user);
	}

	@AfterEach
	void deleteUser() {
		this.identityService.deleteUser(this.username);
	}

	@Test
	void publicStatusAnswers429WithRetryAfterOnceAnAddressUsedItsRequests() {
		String path = "/api/public/cases/20260101-000000";
		for (int i = 0; i < PUBLIC_READS; i++) {
			assertThat(get(path, "203.0.113.10", null).statusCode()).isEqualTo(404);
		}

		HttpResponse<String> limited = get(path, "203.0.113.10", null);

		assertTooManyRequests(limited);
		assertThat(get(path, "203.0.113.11", null).statusCode()).isEqualTo(404);
		assertThat(get(path, "198.51.100.1, 203.0.113.12", null).statusCode()).isEqualTo(404);
	}

	@Test
	void anonymousOpen311ReadsAreLimitedPerAddressButLoggedInReadsAreNot() {
		String path = "/open311/v2/services.json";
		for (int i = 0; i < PUBLIC_READS; i++) {
			assertThat(get(path, "203.0.113.20", null).statusCode()).isEqualTo(200);
		}

		assertTooManyRequests(get(path, "203.0.113.20", null));
		assertThat(get(path, "203.0.113.20", ApiClient.basic("gridworker1", "demo123")).statusCode()).isEqualTo(200);
		assertThat(get(path, "203.0.113.21", null).statusCode()).isEqualTo(200);
	}

	@Test
	void failedLoginsForOneUserLockThatUserOutEvenWithTheRightPasswordFromAnyAddress() {
		for (int i = 0; i < FAILURES_PER_USER; i++) {
			HttpResponse<String> wrong = get("/api/grids/410104", "203.0.113." + (30 + i),
					ApiClient.basic(this.username, "guess" + i));
			assertThat(wrong.statusCode()).isEqualTo(401);
		}

		HttpResponse<String> right = get("/api/grids/410104", "203.0.113.60",
				ApiClient.basic(this.username, "right-password"));

		assertTooManyRequests(right);
		assertThat(get("/engine-rest/engine", "203.0.113.61", ApiClient.basic(this.username, "right-password"))
			.statusCode()).isEqualTo(429);
		assertThat(get("/api/grids/410104", "203.0.113.60", ApiClient.basic("gridworker1", "demo123")).statusCode())
			.isEqualTo(200);
	}

	@Test
	void failedLoginsFromOneAddressLockThatAddressOutForEveryUser() {
		String address = "203.0.113.70";
		for (int i = 0; i < FAILURES_PER_ADDRESS; i++) {
			HttpResponse<String> wrong = get("/api/grids/410104", address,
					ApiClient.basic("nobody" + UUID.randomUUID().toString().substring(0, 8), "guess"));
			assertThat(wrong.statusCode()).isEqualTo(401);
		}

		assertTooManyRequests(get("/api/grids/410104", address, ApiClient.basic(this.username, "right-password")));
		assertTooManyRequests(send(HttpRequest.newBuilder(ApiClient.anonymous(this.port).uri("/login"))
			.header("X-Forwarded-For", address)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=" + this.username + "&password=right-password"))));
		assertThat(get("/api/grids/410104", "203.0.113.71", ApiClient.basic(this.username, "right-password"))
			.statusCode()).isEqualTo(200);
	}

	private static void assertTooManyRequests(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValueAsLong("Retry-After").orElse(0)).isBetween(1L, 600L);
		assertThat(response.body()).contains("\"status\":429").contains("秒后再试");
	}

	private HttpResponse<String> get(String path, String forwardedFor, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(ApiClient.anonymous(this.port).uri(path))
			.header("X-Forwarded-For", forwardedFor)
			.GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return ApiClient.anonymous(this.port).send(request);
	}

}
