package org.gridcase.shared;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error of our API is application/problem+json, naming fields as the client sent them. */
@IntegrationTest
class ProblemDetailsTests {

	private static final String REPORT = """
			{"channel":"PATROL","subcategory":"06-01","description":"%s","gridCode":"%s","reporter":{"name":"%s"}}""";

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Test
	void bodiesTooLargeAnswer413() throws Exception {
		String huge = REPORT.formatted("长".repeat(400_000), DemoDistrict.SECOND_GRID, "王建国");
		HttpResponse<String> json = worker().postJson("/api/reports", huge);

		byte[] photo = new byte[11 * 1024 * 1024];
		String head = "--b\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"big.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n";
		byte[] body = new byte[head.length() + photo.length + 9];
		System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
		System.arraycopy("\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII), 0, body, head.length() + photo.length, 9);
		HttpResponse<String> upload = worker().send(worker().request("/api/reports")
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(BodyPublishers.ofByteArray(body)));

		HttpResponse<String> chunked = worker().send(worker().request("/api/reports")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))));

		assertProblem(json, 413);
		assertProblem(upload, 413);
		assertProblem(chunked, 413);
	}

	@Test
	void securityAnswers401WithAChallengeAnd403AsProblems() throws Exception {
		HttpResponse<String> anonymous = ApiClient.anonymous(this.port).get("/api/cases");
		HttpResponse<String> wrongPassword = ApiClient.as(this.port, "gridworker1", "not-the-password").get("/api/cases");
		HttpResponse<String> open311 = ApiClient.anonymous(this.port)
			.send(ApiClient.anonymous(this.port)
				.request("/open311/v2/requests.json")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers.ofString("service_code=01-01&description=abcdef")));
		HttpResponse<String> forbidden = worker().postJson("/api/grids",
				"{\"code\":\"410104001001099\",\"name\":\"不该建的网格\",\"parentCode\":\"410104001001\"}");

		for (HttpResponse<String> unauthorized : java.util.List.of(anonymous, wrongPassword)) {
			assertProblem(unauthorized, 401);
			assertThat(unauthorized.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					challenge -> assertThat(challenge).startsWith("Basic realm="));
			assertThat(this.json.readTree(unauthorized.body()).path("detail").asText()).contains("登录");
		}
		assertProblem(forbidden, 403);
		assertThat(this.json.readTree(forbidden.body()).path("detail").asText()).isEqualTo("无权执行此操作");
		// Open311 answers in its own error format, still challenging for HTTP Basic
		assertThat(open311.statusCode()).isEqualTo(401);
		assertThat(open311.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				challenge -> assertThat(challenge).startsWith("Basic realm="));
		assertThat(this.json.readTree(open311.body()).get(0).path("code").asInt()).isEqualTo(401);
	}

	@Test
	void unknownPathsMethodsAndMediaTypesAnswerProblems() throws Exception {
		HttpResponse<String> unknownPath = worker().get("/api/no-such-thing");
		HttpResponse<String> wrongMethod = worker().send(worker().request("/api/cases").DELETE());
		HttpResponse<String> wrongType = worker().send(worker().request("/api/reports")
			.header("Content-Type", "text/plain")
			.POST(BodyPublishers.ofString("井盖缺失")));
		HttpResponse<String> unacceptable = worker().send(
				worker().request("/api/grids/" + DemoDistrict.FIRST_GRID).header("Accept", "image/png").GET());

		assertProblem(unknownPath, 404);
		assertProblem(wrongMethod, 405);
		assertThat(wrongMethod.headers().firstValue("Allow")).isPresent();
		assertProblem(wrongType, 415);
		assertProblem(unacceptable, 406);
	}

	@Test
	void anUnreadableMultipartBodyIsTheClientsMistake() throws Exception {
		HttpResponse<String> broken = worker().send(worker().request("/api/reports")
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"report\"\r\n\r\n{\"chan")));

		assertProblem(broken, 400);
	}

	@Test
	void fieldsAreNamedAsTheClientSentThem() throws Exception {
		HttpResponse<String> api = worker().postJson("/api/reports", REPORT.formatted("短", DemoDistrict.SECOND_GRID, " "));
		HttpResponse<String> open311 = worker().send(worker().request("/open311/v2/requests.json")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("service_code=01-01&lat=34.673&long=113.663&description=ab")));

		assertProblem(api, 400);
		assertThat(this.json.readTree(api.body()).path("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrder("description", "reporter.name");
		assertThat(open311.statusCode()).isEqualTo(400);
		assertThat(open311.body()).contains("description").doesNotContain("submit.").doesNotContain("command.");
	}

	@Test
	void textLimitsCountCharactersNotUtf16Units() throws Exception {
		// CJK extension B: one character, two UTF-16 units, four bytes in UTF-8
		String twoThousand = "𠀀".repeat(2000);

		HttpResponse<String> accepted = worker().postJson("/api/reports",
				REPORT.formatted(twoThousand, DemoDistrict.SECOND_GRID, "𠮷".repeat(64)));
		HttpResponse<String> refused = worker().postJson("/api/reports",
				REPORT.formatted(twoThousand + "𠀀", DemoDistrict.SECOND_GRID, "王建国"));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
		JsonNode opened = this.json.readTree(ApiClient.as(this.port, "gridleader2", "demo123")
			.get("/api/cases/" + this.json.readTree(accepted.body()).path("caseId").asText())
			.body());
		assertThat(opened.toString()).contains(twoThousand);
		assertProblem(refused, 400);
		assertThat(this.json.readTree(refused.body()).path("errors").findValuesAsText("field"))
			.containsExactly("description");
	}

	private void assertProblem(HttpResponse<String> response, int status) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.json.readTree(response.body()).path("status").asInt()).isEqualTo(status);
	}

	private ApiClient worker() {
		return ApiClient.as(this.port, "gridworker2", "demo123");
	}

}
