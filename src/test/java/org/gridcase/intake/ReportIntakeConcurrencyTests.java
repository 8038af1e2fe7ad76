package org.gridcase.intake;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty clients at once, over HTTP, against PostgreSQL: retries with one idempotency key and
 * identical reports of one problem.
 */
@IntegrationTest
class ReportIntakeConcurrencyTests {

	private static final int CLIENTS = 50;

	/** Grids of a street no other test reports into, one per test, so that duplicates stay apart. */
	private static final String STREET = "410104009";

	private static int nextGrid = 0;

	private final ObjectMapper json = new ObjectMapper();

	private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);

	@LocalServerPort
	int port;

	@Autowired
	GridDirectory grids;

	@Autowired
	JdbcTemplate jdbc;

	private GridView grid;

	private String marker;

	@BeforeEach
	void pickAGrid() {
		this.grid = this.grids.subtree(STREET, 0, 100)
			.stream()
			.filter(place -> place.code().length() == 15)
			.toList()
			.get(nextGrid++);
		this.marker = "并发" + UUID.randomUUID();
	}

	@AfterEach
	void stopClients() {
		this.pool.shutdownNow();
	}

	@Test
	void fiftySubmitsWithOneIdempotencyKeyAllAnswerTheFirstReceipt() throws Exception {
		String key = "concurrent-" + UUID.randomUUID();
		String body = report("PATROL", this.marker);

		List<HttpResponse<String>> answers = concurrently(() -> submit(body, key));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
		assertThat(answers.stream().map(this::trackingNumber).distinct()).hasSize(1);
		assertThat(answers.stream().filter(answer -> answer.headers().firstValue("Idempotent-Replayed").isEmpty()))
			.as("exactly one filed, the others replayed").hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Integer.class, key))
			.isEqualTo(1);
		assertThat(casesWithMarker()).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherReportIsRefusedNamingTheKey() throws Exception {
		String key = "changed-" + UUID.randomUUID();
		HttpResponse<String> first = submit(report("PATROL", this.marker), key);
		HttpResponse<String> changed = submit(report("PATROL", this.marker + "（改）"), key);
		HttpResponse<String> again = submit(report("PATROL", this.marker), key);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(422);
		assertThat(changed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(changed.body()).contains("\"field\":\"Idempotency-Key\"");
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(trackingNumber(again)).isEqualTo(trackingNumber(first));
		assertThat(this.jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Integer.class, key))
			.isEqualTo(1);
	}

	@Test
	void fiftyIdenticalReportsAtOnceOpenOneCaseWithFiftyReports() throws Exception {
		String body = report("PATROL", this.marker);

		List<HttpResponse<String>> answers = concurrently(() -> submit(body, null));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
		List<JsonNode> receipts = answers.stream().map(this::receipt).toList();
		assertThat(receipts.stream().map(receipt -> receipt.path("caseId").asText()).distinct()).hasSize(1);
		assertThat(receipts.stream().map(receipt -> receipt.path("trackingNumber").asText()).distinct()).hasSize(CLIENTS);
		assertThat(receipts.stream().filter(receipt -> receipt.path("linkedToExistingCase").asBoolean()))
			.hasSize(CLIENTS - 1);
		String caseId = receipts.get(0).path("caseId").asText();
		assertThat(casesWithMarker()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from report where case_id = ?::uuid and linked_as_duplicate",
				Integer.class, caseId)).isEqualTo(CLIENTS - 1);
		assertThat(this.jdbc.queryForObject("select report_count from case_record where id = ?::uuid", Integer.class,
				caseId)).isEqualTo(CLIENTS);
	}

	private List<HttpResponse<String>> concurrently(Supplier<HttpResponse<String>> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> pending = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			pending.add(this.pool.submit(() -> {
				start.await();
				return call.get();
			}));
		}
		start.countDown();
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (Future<HttpResponse<String>> answer : pending) {
			answers.add(answer.get());
		}
		return answers;
	}

	private int casesWithMarker() {
		return this.jdbc.queryForObject("select count(*) from case_record where description like ?", Integer.class,
				"%" + this.marker + "%");
	}

	private HttpResponse<String> submit(String body, String idempotencyKey) {
		ApiClient client = ApiClient.as(this.port, "district1", "demo123");
		HttpRequest.Builder request = client.request("/api/reports")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return client.send(request);
	}

	private String report(String channel, String description) {
		return """
				{"channel":"%s","subcategory":"01-01","description":"%s","lon":%s,"lat":%s,"reporter":{"name":"李四"}}"""
			.formatted(channel, description, this.grid.lon(), this.grid.lat());
	}

	private JsonNode receipt(HttpResponse<String> answer) {
		try {
			return this.json.readTree(answer.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private String trackingNumber(HttpResponse<String> answer) {
		return receipt(answer).path("trackingNumber").asText();
	}

}
