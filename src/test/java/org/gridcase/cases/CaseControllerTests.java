package org.gridcase.cases;

import java.net.http.HttpResponse;

import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CaseControllerTests {

	private static final String WALK_IN = """
			{"issueType":"SANITATION","gridCode":"%s","description":"居民来访反映楼下垃圾桶满溢"}""";

	@LocalServerPort
	int port;

	@Test
	void staffOpenCasesInThePlacesTheyServeAndOnlyThoseSeeThem() {
		HttpResponse<String> opened = user("station1").postJson("/api/cases", WALK_IN.formatted(DemoDistrict.FIRST_GRID));

		assertThat(opened.statusCode()).isEqualTo(201);
		assertThat(opened.body()).contains("\"step\":\"REPORT\"", "\"light\":\"GREEN\"",
				"\"responsibleGroup\":\"COMMUNITY_STATION:" + DemoDistrict.FIRST_COMMUNITY + "\"");
		String id = opened.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

		assertThat(user("gridleader1").get("/api/cases/" + id).statusCode()).isEqualTo(200);
		assertThat(user("street1").get("/api/cases/" + id).statusCode()).isEqualTo(200);
		assertThat(user("gridleader2").get("/api/cases/" + id).statusCode()).isEqualTo(404);
		assertThat(ApiClient.anonymous(this.port).get("/api/cases/" + id).statusCode()).isEqualTo(401);
	}

	@Test
	void nobodyOpensCasesOutsideTheirPlaces() {
		assertThat(user("gridleader2").postJson("/api/cases", WALK_IN.formatted(DemoDistrict.FIRST_GRID)).statusCode())
			.isEqualTo(403);
	}

	@Test
	void badInputIsNamed() {
		HttpResponse<String> missing = user("district1").postJson("/api/cases", "{\"issueType\":\"SANITATION\"}");
		HttpResponse<String> unknownGrid = user("district1").postJson("/api/cases", WALK_IN.formatted("410104999999999"));
		HttpResponse<String> badSeverity = user("district1").postJson("/api/cases",
				"{\"issueType\":\"SANITATION\",\"severity\":\"URGENT\",\"gridCode\":\"410104001001001\",\"description\":\"x\"}");

		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("\"field\":\"gridCode\"", "\"field\":\"description\"");
		assertThat(unknownGrid.statusCode()).isEqualTo(400);
		assertThat(unknownGrid.body()).contains("\"field\":\"gridCode\"");
		assertThat(badSeverity.statusCode()).isEqualTo(400);
		assertThat(badSeverity.body()).contains("\"field\":\"severity\"");
		assertThat(user("district1").get("/api/cases/not-an-id").statusCode()).isEqualTo(400);
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

}
