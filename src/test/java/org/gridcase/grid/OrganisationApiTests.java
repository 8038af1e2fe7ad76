package org.gridcase.grid;

import java.net.http.HttpResponse;

import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganisationApiTests {

	@LocalServerPort
	int port;

	ApiClient admin;

	ApiClient gridLeader;

	@BeforeEach
	void clients() {
		this.admin = ApiClient.as(this.port, "orgadmin", "demo123");
		this.gridLeader = ApiClient.as(this.port, "gridleader1", "demo123");
	}

	@Test
	void staffReadPlacesAnonymousCallersGet401() {
		assertThat(ApiClient.anonymous(this.port).get("/api/grids/" + DemoDistrict.FIRST_GRID).statusCode()).isEqualTo(401);

		HttpResponse<String> grid = this.gridLeader.get("/api/grids/" + DemoDistrict.FIRST_GRID + "/ancestors");

		assertThat(grid.statusCode()).isEqualTo(200);
		assertThat(grid.body()).contains("\"code\":\"410104\"", "\"name\":\"管城回族区\"", DemoDistrict.FIRST_GRID);
	}

	@Test
	void onlyAdministratorsChangeTheOrganisation() {
		String body = "{\"code\":\"%s\",\"name\":\"新网格\",\"parentCode\":\"%s\"}"
			.formatted(OrganisationFixtures.newGridCode(), DemoDistrict.FIRST_COMMUNITY);

		assertThat(this.gridLeader.postJson("/api/grids", body).statusCode()).isEqualTo(403);
		assertThat(this.admin.postJson("/api/grids", body).statusCode()).isEqualTo(201);
	}

	@Test
	void badInputGetsProblemJsonNamingTheField() {
		HttpResponse<String> badCode = this.admin.postJson("/api/grids",
				"{\"code\":\"4101\",\"name\":\"坏\",\"parentCode\":\"410104\"}");
		HttpResponse<String> malformed = this.admin.postJson("/api/grids", "{\"code\":");
		HttpResponse<String> wrongType = this.admin.postJson("/api/assignments",
				"{\"username\":\"gridleader1\",\"role\":\"GRID_WORKER\",\"placeCode\":\"%s\",\"validFrom\":\"yesterday\"}"
					.formatted(DemoDistrict.FIRST_GRID));
		HttpResponse<String> unknownRole = this.admin.postJson("/api/assignments",
				"{\"username\":\"gridleader1\",\"role\":\"KING\",\"placeCode\":\"%s\",\"validFrom\":\"2026-01-01\"}"
					.formatted(DemoDistrict.FIRST_GRID));
		HttpResponse<String> missing = this.admin.postJson("/api/assignments", "{}");

		assertThat(badCode.statusCode()).isEqualTo(400);
		assertThat(badCode.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(badCode.body()).contains("\"field\":\"code\"");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("\"field\":\"body\"");
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).contains("\"field\":\"validFrom\"");
		assertThat(unknownRole.statusCode()).isEqualTo(400);
		assertThat(unknownRole.body()).contains("\"field\":\"role\"");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("\"field\":\"username\"", "\"field\":\"role\"", "\"field\":\"placeCode\"",
				"\"field\":\"validFrom\"");
	}

	@Test
	void unknownPlaceIs404() {
		HttpResponse<String> response = this.gridLeader.get("/api/grids/410104999");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void csvImportReportsEveryBadLine() {
		HttpResponse<String> response = this.admin.postFiles("/api/organisation/import", "grids",
				"code,name,parent_code\n410104015,好街道,410104\n41010401,坏,410104\n");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"grids.csv:3:code\"");
		assertThat(this.admin.get("/api/grids/410104015").statusCode()).isEqualTo(404);
	}

	@Test
	void routingLookAheadShowsTheClimb() {
		String code = OrganisationFixtures.newGridCode();
		this.admin.postJson("/api/grids",
				"{\"code\":\"%s\",\"name\":\"空网格\",\"parentCode\":\"%s\"}".formatted(code, DemoDistrict.FIRST_COMMUNITY));

		HttpResponse<String> routing = this.gridLeader.get("/api/staffing/routing?role=GRID_LEADER&place=" + code);

		assertThat(routing.statusCode()).isEqualTo(200);
		assertThat(routing.body()).contains("\"resolved\":{\"role\":\"COMMUNITY_STATION\"", "\"username\":\"station1\"");
	}

}
