package org.gridcase.intake;

import java.io.File;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.gridcase.intake.Open311KeyFixtures.IssuedKey;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client written by others against the running application: Code for America's Open311
 * package from the npm registry ({@code open311}, pinned in package.json) lists the services,
 * files a request with an API key, reads it back, and — once the district's people have worked
 * the case to its end — reads it again as closed; FixMyStreet's updates call then tells the
 * story of the case.
 */
@IntegrationTest
class Open311ClientTests {

	private static final String SCRIPT = "src/test/node/open311-client.js";

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	GridDirectory grids;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void codeForAmericasClientFilesReadsBackAndSeesTheCaseClosed() throws Exception {
		IssuedKey key = Open311KeyFixtures.issue(this.port, "市民随手拍", "MOBILE_APP", DemoDistrict.DISTRICT_CODE, 60);
		GridView grid = this.grids.find(DemoDistrict.FIRST_GRID).orElseThrow();
		double lat = grid.lat() + (Math.random() - 0.5) * 0.0004;
		double lon = grid.lon() + (Math.random() - 0.5) * 0.0004;
		String description = "人行道井盖缺失，已有行人绊倒 " + System.nanoTime();
		String start = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).withNano(0).toString();

		JsonNode filed = node("file", endpoint(), key.apiKey(), "410104", String.valueOf(lat), String.valueOf(lon),
				description);

		assertThat(filed.path("services").findValuesAsText("service_code")).contains("01-01", "06-01");
		assertThat(filed.path("definition").path("service_code").asText()).isEqualTo("06-01");
		String id = filed.path("created").get(0).path("service_request_id").asText();
		assertThat(id).matches("\\d{8}-\\d{6}");
		JsonNode readBack = filed.path("readBack").get(0);
		assertThat(readBack.path("service_request_id").asText()).isEqualTo(id);
		assertThat(readBack.path("description").asText()).isEqualTo(description);
		assertThat(readBack.path("lat").asDouble()).isEqualTo(lat);
		assertThat(readBack.path("long").asDouble()).isEqualTo(lon);
		assertThat(readBack.path("address").asText()).isEqualTo("东大街与城东路交叉口");
		assertThat(readBack.path("status").asText()).isEqualTo("open");
		assertThat(readBack.path("agency_responsible").asText()).isNotBlank();
		assertThat(readBack.path("expected_datetime").asText()).isNotBlank();
		assertThat(filed.toString()).doesNotContain("张", "13800000000", "zhangsan");
		assertThat(this.jdbc.queryForMap("select channel, reporter_name, linked_as_duplicate from report where tracking_number = ?",
				id)).containsEntry("channel", "MOBILE_APP").containsEntry("reporter_name", "张三")
			.containsEntry("linked_as_duplicate", false);

		CaseWork.closeCaseOfReport(this.port, id);

		JsonNode read = node("read", endpoint(), "410104", id, start);
		JsonNode closed = read.path("byId").get(0);
		assertThat(closed.path("status").asText()).isEqualTo("closed");
		assertThat(closed.path("status_notes").asText()).isEqualTo("已办结");
		assertThat(closed.has("agency_responsible")).isFalse();
		assertThat(read.path("closed").findValuesAsText("service_request_id")).contains(id);

		String end = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(5).withNano(0).toString();
		HttpResponse<String> updates = ApiClient.anonymous(this.port)
			.get("/open311/v2/servicerequestupdates.json?jurisdiction_id=410104&api_key=" + encode(key.apiKey())
					+ "&start_date=" + encode(start) + "&end_date=" + encode(end));
		assertThat(updates.statusCode()).as(updates.body()).isEqualTo(200);
		List<JsonNode> ofThisRequest = stream(this.json.readTree(updates.body()))
			.filter(update -> update.path("service_request_id").asText().equals(id))
			.toList();
		assertThat(ofThisRequest).extracting(update -> update.path("external_status_code").asText())
			.containsExactly("HANDLE", "FEEDBACK", "CLOSED");
		assertThat(ofThisRequest).extracting(update -> update.path("description").asText())
			.containsExactly("已立案，正在处置", "处置完毕，正在反馈结果", "已办结");
		assertThat(ofThisRequest.get(2).path("status").asText()).isEqualTo("closed");
		assertThat(ofThisRequest).allSatisfy(update -> assertThat(update.path("update_id").asText()).isNotBlank());
		assertThat(updates.body()).doesNotContain("张", "13800000000", "gridleader", "inspector");
	}

	private String endpoint() {
		return "http://localhost:" + this.port + "/open311/v2/";
	}

	private JsonNode node(String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("node", SCRIPT));
		command.addAll(List.of(args));
		File output = File.createTempFile("open311-client", ".json");
		File errors = File.createTempFile("open311-client", ".err");
		Process process = new ProcessBuilder(command).redirectOutput(output).redirectError(errors).start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("node finished in time").isTrue();
		String stderr = java.nio.file.Files.readString(errors.toPath());
		assertThat(process.exitValue()).as(stderr).isZero();
		return this.json.readTree(output);
	}

	private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
