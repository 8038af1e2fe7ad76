package org.gridcase.history.process;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.platform.cockpit.FinishedCase;
import org.gridcase.shared.District;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history search finds by grid subtree (from the case record) exactly the instances the
 * engine finds by their gridCode variable, for everyone as the engine's authorizations say, and
 * names each bad filter.
 */
@IntegrationTest
class HistorySearchControllerTests {

	private static final String SEARCH = "/api/history/process-instances";

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsTheInstancesOfAGridSubtreeTheEngineFindsByTheirGridVariable() throws Exception {
		// worked by the first grid's people
		String finished = trackingNumberOf(open(DemoDistrict.FIRST_GRID));
		new FinishedCase(this.port, finished).workToTheEnd();
		String running = trackingNumberOf(open(DemoDistrict.FIRST_GRID));
		String elsewhere = trackingNumberOf(open(DemoDistrict.OTHER_STREET_GRID));
		String today = LocalDate.now(District.ZONE).toString();
		ApiClient auditor = ApiClient.as(this.port, "auditor1", "demo123");

		JsonNode grid = page(auditor, SEARCH + "?gridCode=" + DemoDistrict.FIRST_GRID + "&startedAfter=" + today
				+ "&startedBefore=" + today + "&maxResults=100");
		assertThat(businessKeys(grid)).contains(finished, running).doesNotContain(elsewhere);
		assertThat(businessKeys(grid).stream().filter(finished::equals)).hasSize(2);

		List<String[]> same = List.of(
				new String[] { "gridCode=" + DemoDistrict.FIRST_GRID + "&startedAfter=" + today + "&startedBefore=" + today,
						"variables=gridCode_like_" + DemoDistrict.FIRST_GRID + "%25&startedAfter=" + engineDay(today, false)
								+ "&startedBefore=" + engineDay(today, true) },
				new String[] { "gridCode=" + DemoDistrict.FIRST_STREET + "&finishedAfter=" + today + "&state=finished",
						"variables=gridCode_like_" + DemoDistrict.FIRST_STREET + "%25&finishedAfter=" + engineDay(today, false)
								+ "&finished=true" },
				new String[] { "gridCode=" + DemoDistrict.FIRST_COMMUNITY + "&state=unfinished&processDefinitionKey=CaseLifecycleProcess",
						"variables=gridCode_like_" + DemoDistrict.FIRST_COMMUNITY
								+ "%25&unfinished=true&processDefinitionKey=CaseLifecycleProcess" },
				new String[] { "gridCode=" + DemoDistrict.FIRST_GRID + "&trackingNumber=" + finished,
						"variables=gridCode_like_" + DemoDistrict.FIRST_GRID + "%25&processInstanceBusinessKey=" + finished });
		for (String[] filters : same) {
			JsonNode ours = page(auditor, SEARCH + "?" + filters[0] + "&maxResults=100");
			// the process tests start instances with a gridCode but no case: only cases' instances count
			List<String> engine = new ArrayList<>();
			for (JsonNode instance : this.json.readTree(auditor
				.get("/engine-rest/history/process-instance?" + filters[1] + "&sortBy=startTime&sortOrder=desc&maxResults=5000")
				.body())) {
				if (isCase(instance.path("businessKey").asText())) {
					engine.add(instance.get("id").asText());
				}
			}
			assertThat(ours.get("count").asLong()).as(filters[0]).isEqualTo(engine.size()).isPositive();
			if (engine.size() <= 100) {
				assertThat(ids(ours.get("instances"))).as(filters[0]).containsExactlyInAnyOrderElementsOf(engine);
			}
		}
	}

	private boolean isCase(String trackingNumber) {
		return this.jdbc.sql("select count(*) from case_record where tracking_number = ?")
			.param(trackingNumber)
			.query(Long.class)
			.single() > 0;
	}

	@Test
	void pagesNewestFirstWithTheTotal() throws Exception {
		for (int i = 0; i < 3; i++) {
			open(DemoDistrict.SECOND_GRID);
		}
		ApiClient auditor = ApiClient.as(this.port, "auditor1", "demo123");
		String filters = SEARCH + "?gridCode=" + DemoDistrict.SECOND_GRID + "&state=unfinished&maxResults=2";

		JsonNode first = page(auditor, filters);
		JsonNode second = page(auditor, filters + "&firstResult=2");

		assertThat(first.get("count").asLong()).isGreaterThanOrEqualTo(3).isEqualTo(second.get("count").asLong());
		assertThat(first.get("instances")).hasSize(2);
		assertThat(ids(second.get("instances"))).isNotEmpty().doesNotContainAnyElementsOf(ids(first.get("instances")));
		List<Instant> starts = new ArrayList<>();
		first.get("instances").forEach(row -> starts.add(Instant.parse(row.get("startTime").asText())));
		second.get("instances").forEach(row -> starts.add(Instant.parse(row.get("startTime").asText())));
		assertThat(starts).isSortedAccordingTo(Comparator.reverseOrder());
	}

	@Test
	void staffWithoutHistoryPermissionsFindNothing() throws Exception {
		open(DemoDistrict.FIRST_GRID);

		JsonNode found = page(ApiClient.as(this.port, "gridleader1", "demo123"),
				SEARCH + "?gridCode=" + DemoDistrict.FIRST_GRID);

		assertThat(found.get("count").asLong()).isZero();
		assertThat(found.get("instances")).isEmpty();
	}

	@Test
	void namesEachBadFilter() throws Exception {
		HttpResponse<String> answer = ApiClient.as(this.port, "auditor1", "demo123")
			.get(SEARCH + "?trackingNumber=2026%25&gridCode=abc&processDefinitionKey=1x&startedAfter=2026-03-02"
					+ "&startedBefore=2026-03-01&finishedAfter=2026-02-30&state=done&firstResult=-1&maxResults=500");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		List<String> fields = new ArrayList<>();
		this.json.readTree(answer.body()).get("errors").forEach(error -> fields.add(error.get("field").asText()));
		assertThat(fields).containsExactlyInAnyOrder("trackingNumber", "gridCode", "processDefinitionKey", "startedBefore",
				"finishedAfter", "state", "firstResult", "maxResults");
	}

	private CaseId open(String grid) {
		return this.cases.openCase(new OpenCaseCommand("SANITATION", null, grid, "历史查询用案件"));
	}

	private String trackingNumberOf(CaseId id) {
		return this.cases.findCase(id).orElseThrow().trackingNumber();
	}

	private JsonNode page(ApiClient client, String path) throws Exception {
		HttpResponse<String> answer = client.get(path);
		assertThat(answer.statusCode()).as("%s %s", path, answer.body()).isEqualTo(200);
		return this.json.readTree(answer.body());
	}

	private static List<String> businessKeys(JsonNode page) {
		List<String> keys = new ArrayList<>();
		page.get("instances").forEach(row -> keys.add(row.get("businessKey").asText()));
		return keys;
	}

	private static List<String> ids(JsonNode instances) {
		List<String> ids = new ArrayList<>();
		instances.forEach(row -> ids.add(row.get("id").asText()));
		return ids;
	}

	/** A day as the engine's REST API takes a time, the day's first or last millisecond. */
	private static String engineDay(String day, boolean end) {
		return LocalDate.parse(day)
			.atTime(end ? 23 : 0, end ? 59 : 0, end ? 59 : 0, end ? 999_000_000 : 0)
			.atZone(District.ZONE)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
			.replace("+", "%2B");
	}

}
