package org.gridcase.supervision;

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

/**
 * Each user sees their own subtree: street1 its street, station1 its community, the district
 * center and auditors everything, department staff their department.
 */
@IntegrationTest
class SupervisionAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Test
	void aStreetCenterSeesItsStreetOnly() throws Exception {
		assertThat(json("street1", "/api/supervision/figures").at("/scope/code").asText())
			.isEqualTo(DemoDistrict.FIRST_STREET);
		assertThat(json("street1", "/api/supervision/lights").get("code").asText()).isEqualTo(DemoDistrict.FIRST_STREET);
		assertThat(json("street1", "/api/supervision/figures?place=" + DemoDistrict.FIRST_GRID).at("/scope/level").asText())
			.isEqualTo("GRID");
		assertThat(status("street1", "/api/supervision/figures?place=410104002")).isEqualTo(403);
		assertThat(status("street1", "/api/supervision/lights?place=" + DemoDistrict.DISTRICT_CODE)).isEqualTo(403);
		assertThat(status("street1", "/api/supervision/cases?place=410104002")).isEqualTo(403);
		assertThat(status("street1", "/api/supervision/export.csv?place=410104002")).isEqualTo(403);
		assertThat(status("street1", "/api/supervision/figures?department=URBAN_MANAGEMENT")).isEqualTo(403);
		JsonNode reach = json("street1", "/api/supervision/reach");
		assertThat(reach.get("wholeDistrict").asBoolean()).isFalse();
		assertThat(reach.at("/places/0/code").asText()).isEqualTo(DemoDistrict.FIRST_STREET);
		assertThat(reach.get("maySetWarnings").asBoolean()).isFalse();
	}

	@Test
	void aCommunityStationSeesItsCommunityAndGridStaffTheirGrid() throws Exception {
		assertThat(json("station1", "/api/supervision/lights").get("code").asText())
			.isEqualTo(DemoDistrict.FIRST_COMMUNITY);
		assertThat(status("station1", "/api/supervision/figures?place=" + DemoDistrict.FIRST_STREET)).isEqualTo(403);
		assertThat(json("gridleader1", "/api/supervision/figures").at("/scope/code").asText())
			.isEqualTo(DemoDistrict.FIRST_GRID);
		assertThat(status("gridleader1", "/api/supervision/figures?place=" + DemoDistrict.SECOND_GRID)).isEqualTo(403);
	}

	@Test
	void theDistrictCenterAndAuditorsSeeEverything() throws Exception {
		assertThat(json("district1", "/api/supervision/lights").get("code").asText()).isEqualTo(DemoDistrict.DISTRICT_CODE);
		assertThat(json("auditor1", "/api/supervision/figures?place=410104002").at("/scope/code").asText())
			.isEqualTo("410104002");
		assertThat(json("auditor1", "/api/supervision/rankings?by=DEPARTMENT").get("rows").size()).isGreaterThan(1);
		assertThat(json("district1", "/api/supervision/reach").get("maySetWarnings").asBoolean()).isTrue();
	}

	@Test
	void departmentStaffSeeTheirDepartment() throws Exception {
		assertThat(json("officerum1", "/api/supervision/figures?department=URBAN_MANAGEMENT").at("/scope/kind").asText())
			.isEqualTo("DEPARTMENT");
		assertThat(status("officerum1", "/api/supervision/figures?department=WORK_SAFETY")).isEqualTo(403);
		assertThat(json("headum", "/api/supervision/rankings?by=DEPARTMENT").get("rows")).hasSize(1);
		// in the places they serve, only their department's cases: their rankings list their department only
		assertThat(json("officerum1", "/api/supervision/rankings?by=DEPARTMENT").at("/rows/0/code").asText())
			.isEqualTo("URBAN_MANAGEMENT");
		assertThat(status("officerum1", "/api/supervision/figures?place=410104002")).isEqualTo(403);
	}

	private int status(String user, String path) {
		return ApiClient.as(this.port, user, "demo123").get(path).statusCode();
	}

	private JsonNode json(String user, String path) throws Exception {
		HttpResponse<String> answer = ApiClient.as(this.port, user, "demo123").get(path);
		assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
		return this.json.readTree(answer.body());
	}

}
