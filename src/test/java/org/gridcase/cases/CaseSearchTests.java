package org.gridcase.cases;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CaseSearchTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Test
	void everyoneFindsOnlyTheCasesOfThePlacesTheyServe() throws Exception {
		String marker = "检索标记" + System.nanoTime();
		CaseId inFirst = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, marker + "甲"));
		CaseId inSecond = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.SECOND_GRID, marker + "乙"));
		CaseId elsewhere = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.OTHER_STREET_GRID, marker + "丙"));

		assertThat(ids("gridleader1", "?q=" + marker)).containsExactly(inFirst.toString());
		assertThat(ids("station1", "?q=" + marker)).containsExactlyInAnyOrder(inFirst.toString(), inSecond.toString());
		assertThat(ids("district1", "?q=" + marker)).containsExactlyInAnyOrder(inFirst.toString(), inSecond.toString(),
				elsewhere.toString());
		assertThat(ids("district1", "?q=" + marker + "&grid=" + DemoDistrict.FIRST_STREET)).hasSize(2);
		assertThat(ids("officerum1", "?q=" + marker)).isEmpty();
	}

	@Test
	void filtersPageAndSort() throws Exception {
		String marker = "分页标记" + System.nanoTime();
		for (int i = 0; i < 3; i++) {
			this.cases.openCase(new OpenCaseCommand("DISPUTE", null, DemoDistrict.FIRST_GRID, marker + i));
		}

		String filters = "?q=" + marker + "&type=DISPUTE&step=REPORT&light=GREEN&grid=" + DemoDistrict.FIRST_GRID
				+ "&size=2&sort=openedAt,asc";
		JsonNode first = page("district1", filters);
		JsonNode last = page("district1", filters + "&page=1");

		assertThat(first.path("content")).hasSize(2);
		assertThat(first.path("content").get(0).path("description").asText()).endsWith("0");
		assertThat(first.path("hasNext").asBoolean()).isTrue();
		assertThat(first.path("totalElements").isNull()).as("not counted before the last page").isTrue();
		assertThat(last.path("content")).hasSize(1);
		assertThat(last.path("content").get(0).path("description").asText()).endsWith("2");
		assertThat(last.path("hasNext").asBoolean()).isFalse();
		assertThat(last.path("totalElements").asInt()).isEqualTo(3);
		assertThat(ids("district1", "?q=" + marker + "&sort=openedAt,desc")).hasSize(3);
		assertThat(ids("district1", "?q=" + marker + "&grid=" + DemoDistrict.FIRST_GRID.substring(0, 12))).hasSize(3);
		assertThat(ids("district1", "?q=" + marker + "&grid=" + DemoDistrict.OTHER_STREET_GRID.substring(0, 9))).isEmpty();
		assertThat(page("district1", "?q=" + marker + "&light=RED").path("totalElements").asInt()).isZero();
		assertThat(page("district1", "?q=" + marker + "&type=SANITATION").path("content")).isEmpty();
	}

	@Test
	void badFiltersAreNamed() {
		assertField("?sort=password", "sort");
		assertField("?step=SOMEWHERE", "step");
		assertField("?size=500", "size");
		assertField("?from=yesterday", "from");
		assertField("?grid=4101%25", "grid");
	}

	@Test
	void detailShowsTheTimeline() throws Exception {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "时间线"));

		JsonNode detail = this.json.readTree(user("station1").get("/api/cases/" + id).body());

		assertThat(detail.path("step").asText()).isEqualTo("REPORT");
		assertThat(detail.path("reportCount").asInt()).isEqualTo(1);
		assertThat(detail.path("timeline").get(0).path("kind").asText()).isEqualTo("CASE_OPENED");
		assertThat(detail.path("timeline").get(0).path("text").asText()).isEqualTo("案件受理，所在网格 " + DemoDistrict.FIRST_GRID);
	}

	private java.util.List<String> ids(String username, String query) throws Exception {
		java.util.List<String> ids = new java.util.ArrayList<>();
		page(username, query).path("content").forEach(item -> ids.add(item.path("id").asText()));
		return ids;
	}

	private JsonNode page(String username, String query) throws Exception {
		HttpResponse<String> response = user(username).get("/api/cases" + query.replace(" ", "%20"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private void assertField(String query, String field) {
		HttpResponse<String> response = user("district1").get("/api/cases" + query);
		assertThat(response.statusCode()).as(query).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"" + field + "\"");
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

}
