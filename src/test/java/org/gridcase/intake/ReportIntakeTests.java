package org.gridcase.intake;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseView;
import org.gridcase.grid.AssignRoleCommand;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.gridcase.grid.OrganisationManagement;
import org.gridcase.grid.Role;
import org.gridcase.shared.District;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReportIntakeTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	GridDirectory grids;

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganisationManagement organisation;

	/** A point inside a grid of the demo district, different per test so duplicates stay apart. */
	private double lon;

	private double lat;

	private static int nextGrid = 0;

	@BeforeEach
	void pickAGrid() {
		GridView grid = this.grids.subtree("410104003", 0, 100)
			.stream()
			.filter(place -> place.code().length() == 15)
			.toList()
			.get(nextGrid++);
		this.lon = grid.lon();
		this.lat = grid.lat();
	}

	@Test
	void patrolReportIsLocatedInItsGridAndOpensACaseWithATrackingNumber() throws Exception {
		HttpResponse<String> response = submit("district1", report("PATROL", "01-01", this.lon, this.lat, true), null);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode receipt = this.json.readTree(response.body());
		assertThat(receipt.path("trackingNumber").asText()).matches("\\d{8}-\\d{6}");
		assertThat(receipt.path("linkedToExistingCase").asBoolean()).isFalse();
		GridView grid = this.grids.locate(this.lon, this.lat).orElseThrow();
		assertThat(receipt.path("gridCode").asText()).isEqualTo(grid.code());
		CaseView record = caseOf(receipt);
		assertThat(record.issueType()).isEqualTo("SANITATION");
		assertThat(record.address()).isEqualTo("测试路1号");
		assertThat(record.channel()).isEqualTo("PATROL");
		assertThat(record.responsibleGroup()).startsWith("COMMUNITY_STATION:");
	}

	@Test
	void aPointOutsideEveryGridIsRefused() throws Exception {
		HttpResponse<String> response = submit("district1", report("HOTLINE_12345", "01-01", 100.0, 30.0, false), null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"lon\"", "不在本区任何网格内");
	}

	@Test
	void badInputIsNamedFieldByField() throws Exception {
		assertField(submit("district1", report("PATROL", "99-99", this.lon, this.lat, true), null), "subcategory");
		assertField(submit("district1", "{\"channel\":", null), "body");
		assertField(submit("district1", report("PATROL", "01-01", this.lon, this.lat, true).replace(
				"\"lon\":" + this.lon, "\"lon\":\"east\""), null), "lon");
		assertField(submit("district1", report("CARRIER_PIGEON", "01-01", this.lon, this.lat, true), null), "channel");
		assertField(submit("district1", report("PATROL", "01-01", this.lon, this.lat, false), null), "reporter");
		assertField(submit("district1", report("PATROL", "01-01", this.lon, this.lat, true).replace("\"描述：", "\"" + "很长".repeat(1500)), null), "description");
		assertField(submit("district1", "{\"channel\":\"WEB\",\"subcategory\":\"01-01\",\"description\":\"有垃圾堆放\"}", null), "location");
		assertField(submit("district1", report("PATROL", "01-01", 200.0, this.lat, true), null), "lon");
		assertField(submit("district1", report("PATROL", "01-01", this.lon, this.lat, true).replace("13800000000", "电话"), null),
				"reporter.phone");
		assertField(submit("district1", report("PATROL", "01-01", this.lon, this.lat, true), "k".repeat(129)),
				"Idempotency-Key");
	}

	@Test
	void aRoleThatMayNotFileIsRefusedBeforeItsReportIsChecked() throws Exception {
		HttpResponse<String> response = submit("auditor1", report("PATROL", "01-01", 200.0, this.lat, true), null);

		assertThat(response.statusCode()).as("an auditor's report with a longitude out of range: " + response.body())
			.isEqualTo(403);
	}

	@Test
	void hugeBodiesAreRefusedBeforeTheyAreRead() {
		String huge = report("WEB", "01-01", this.lon, this.lat, false).replace("描述：现场情况", "垃".repeat(600_000));

		HttpResponse<String> response = ApiClient.as(this.port, "district1", "demo123").postJson("/api/reports", huge);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"field\":\"body\"");
	}

	@Test
	void anonymousCallersCannotSubmit() {
		HttpResponse<String> response = ApiClient.anonymous(this.port)
			.postJson("/api/reports", report("WEB", "01-01", this.lon, this.lat, false));

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void aRetriedSubmitWithTheSameIdempotencyKeyReturnsTheSameCase() throws Exception {
		String body = report("MOBILE_APP", "06-02", this.lon, this.lat, false);
		JsonNode first = this.json.readTree(submit("district1", body, "retry-42").body());
		JsonNode second = this.json.readTree(submit("district1", body, "retry-42").body());

		assertThat(second.path("trackingNumber").asText()).isEqualTo(first.path("trackingNumber").asText());
		assertThat(second.path("caseId").asText()).isEqualTo(first.path("caseId").asText());
		assertThat(this.jdbc.queryForObject("select count(*) from report where idempotency_key = 'retry-42'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aReportOfTheSameProblemNearbyJoinsTheOpenCase() throws Exception {
		JsonNode first = this.json.readTree(submit("district1", report("PATROL", "01-01", this.lon, this.lat, true), null).body());
		JsonNode nearby = this.json.readTree(
				submit("district1", report("HOTLINE_12345", "01-02", this.lon + 0.0002, this.lat, false), null).body());
		JsonNode otherType = this.json.readTree(
				submit("district1", report("HOTLINE_12345", "06-02", this.lon, this.lat, false), null).body());
		JsonNode farAway = this.json.readTree(
				submit("district1", report("HOTLINE_12345", "01-01", this.lon, this.lat + 0.001, false), null).body());

		assertThat(nearby.path("linkedToExistingCase").asBoolean()).isTrue();
		assertThat(nearby.path("caseId").asText()).isEqualTo(first.path("caseId").asText());
		assertThat(nearby.path("trackingNumber").asText()).isNotEqualTo(first.path("trackingNumber").asText());
		assertThat(caseOf(first).reportCount()).isEqualTo(2);
		assertThat(otherType.path("caseId").asText()).isNotEqualTo(first.path("caseId").asText());
		assertThat(farAway.path("caseId").asText()).isNotEqualTo(first.path("caseId").asText());
	}

	@Test
	void aDispatcherUnlinksAReportIntoACaseOfItsOwn() throws Exception {
		JsonNode first = this.json.readTree(submit("district1", report("PATROL", "01-01", this.lon, this.lat, true), null).body());
		JsonNode linked = this.json.readTree(
				submit("district1", report("WEB", "01-01", this.lon, this.lat, false), null).body());
		String tracking = linked.path("trackingNumber").asText();
		String community = first.path("gridCode").asText().substring(0, 12);
		// station1 also serves this community's station for the test
		this.organisation.assignRole(new AssignRoleCommand("station1", Role.COMMUNITY_STATION, community, null,
				java.time.LocalDate.now(District.ZONE), null));

		assertThat(ApiClient.as(this.port, "gridworker1", "demo123").postJson("/api/reports/" + tracking + "/unlink", "{}")
			.statusCode()).as("may not see the case").isEqualTo(404);
		assertThat(ApiClient.as(this.port, "auditor1", "demo123").postJson("/api/reports/" + tracking + "/unlink", "{}")
			.statusCode()).as("sees the case, dispatches nothing").isEqualTo(403);
		HttpResponse<String> unlinked = ApiClient.as(this.port, "station1", "demo123")
			.postJson("/api/reports/" + tracking + "/unlink", "{}");

		assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(200);
		JsonNode own = this.json.readTree(unlinked.body());
		assertThat(own.path("caseId").asText()).isNotEqualTo(first.path("caseId").asText());
		assertThat(own.path("linkedToExistingCase").asBoolean()).isFalse();
		assertThat(caseOf(first).reportCount()).isEqualTo(1);
	}

	@Test
	void publicStatusTellsTheStepAndNothingPersonal() throws Exception {
		JsonNode named = this.json.readTree(submit("district1", report("WALK_IN", "06-01", this.lon, this.lat, true), null).body());
		JsonNode anonymous = this.json.readTree(
				submit("district1", report("WEB", "02-03", this.lon, this.lat, false), null).body());

		HttpResponse<String> status = ApiClient.anonymous(this.port)
			.get("/api/public/cases/" + named.path("trackingNumber").asText());
		HttpResponse<String> anonymousStatus = ApiClient.anonymous(this.port)
			.get("/api/public/cases/" + anonymous.path("trackingNumber").asText());

		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(status.body()).contains("\"status\":\"处理中\"", "\"step\":\"已受理，正在核实\"", "\"subcategory\":\"井盖缺失破损\"",
				"测试路1号")
			.doesNotContain("张三", "13800000000", "district1", "COMMUNITY_STATION", "\"lon\"", "\"lat\"",
					String.valueOf(this.lon));
		assertThat(anonymousStatus.body()).doesNotContain("测试路1号").contains("\"address\":null");
		assertThat(ApiClient.anonymous(this.port).get("/api/public/cases/20261121-000000").statusCode()).isEqualTo(404);
	}

	@Test
	void theReceiptsTrackingNumberFindsTheCaseInTheEngine() throws Exception {
		JsonNode receipt = this.json.readTree(
				submit("district1", report("PATROL", "01-01", this.lon, this.lat, true), null).body());
		String trackingNumber = receipt.path("trackingNumber").asText();

		assertThat(caseOf(receipt).trackingNumber()).isEqualTo(trackingNumber);
		JsonNode instances = this.json.readTree(ApiClient.as(this.port, "auditor1", "demo123")
			.get("/engine-rest/process-instance?businessKey=" + trackingNumber)
			.body());
		assertThat(instances).singleElement()
			.satisfies(instance -> assertThat(instance.path("definitionId").asText()).startsWith("CaseLifecycleProcess:"));
		JsonNode history = this.json.readTree(ApiClient.as(this.port, "auditor1", "demo123")
			.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + trackingNumber)
			.body());
		assertThat(history).singleElement()
			.satisfies(instance -> assertThat(instance.path("id").asText()).isEqualTo(instances.get(0).path("id").asText()));
	}

	private CaseView caseOf(JsonNode receipt) {
		return this.cases.findCase(new CaseId(java.util.UUID.fromString(receipt.path("caseId").asText()))).orElseThrow();
	}

	private HttpResponse<String> submit(String username, String body, String idempotencyKey) {
		ApiClient client = ApiClient.as(this.port, username, "demo123");
		HttpRequest.Builder request = client.request("/api/reports")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return client.send(request);
	}

	private static String report(String channel, String subcategory, double lon, double lat, boolean withReporter) {
		String reporter = withReporter ? ",\"reporter\":{\"name\":\"张三\",\"phone\":\"13800000000\"}" : "";
		return "{\"channel\":\"%s\",\"subcategory\":\"%s\",\"description\":\"描述：现场情况\",\"address\":\"测试路1号\",\"lon\":%s,\"lat\":%s%s}"
			.formatted(channel, subcategory, lon, lat, reporter);
	}

	private static void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).as(field).contains("\"field\":\"" + field + "\"");
	}

}
