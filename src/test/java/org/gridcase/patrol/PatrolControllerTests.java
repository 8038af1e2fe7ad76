package org.gridcase.patrol;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.shared.District;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patrol log over HTTP: grid staff log their own patrols and diary; the community station
 * sees the grids short of two patrols today.
 */
@IntegrationTest
class PatrolControllerTests {

	private static final String POINT = "{\"lon\":113.662,\"lat\":34.665,\"accuracy\":8}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void removePatrols() {
		fixtures().removePatrolsOf("gridworker1", "gridworker2", "gridleader1");
	}

	@Test
	void gridWorkerPatrolsTwiceLinksAFindingAndTheStationNoLongerListsTheGrid() throws Exception {
		ApiClient worker = user("gridworker1");
		JsonNode patrol = created(worker.postJson("/api/patrols", "{\"gridCode\":\"" + DemoDistrict.FIRST_GRID + "\"}"));
		long id = patrol.path("id").asLong();
		assertThat(patrol.path("endedAt").isNull()).isTrue();

		JsonNode tracked = ok(worker.postJson("/api/patrols/" + id + "/points",
				"{\"points\":[" + POINT + ",{\"lon\":113.6625,\"lat\":34.6652}]}"));
		assertThat(tracked.path("pointCount").asInt()).isEqualTo(2);
		assertThat(tracked.path("track")).hasSize(2);

		HttpResponse<String> filed = worker.postJson("/api/reports", "{\"channel\":\"PATROL\",\"subcategory\":\"01-01\","
				+ "\"description\":\"巡查发现路口暴露垃圾\",\"lon\":113.662,\"lat\":34.665,\"reporter\":{\"name\":\"网格员\"}}");
		String trackingNumber = created(filed).path("trackingNumber").asText();
		JsonNode withFinding = ok(worker.postJson("/api/patrols/" + id + "/findings",
				"{\"trackingNumber\":\"" + trackingNumber + "\"}"));
		assertThat(withFinding.path("findings").get(0).asText()).isEqualTo(trackingNumber);

		assertThat(worker.postJson("/api/patrols", "{\"gridCode\":\"" + DemoDistrict.FIRST_GRID + "\"}").statusCode())
			.as("one patrol at a time").isEqualTo(409);
		assertThat(ok(worker.postJson("/api/patrols/" + id + "/end", "")).path("endedAt").isNull()).isFalse();
		assertThat(worker.postJson("/api/patrols/" + id + "/points", "{\"points\":[" + POINT + "]}").statusCode())
			.isEqualTo(422);

		JsonNode before = ok(user("station1").get("/api/patrols/missed?place=" + DemoDistrict.FIRST_COMMUNITY));
		assertThat(grid(before, DemoDistrict.FIRST_GRID).path("patrols").asInt()).isEqualTo(1);
		assertThat(grid(before, DemoDistrict.SECOND_GRID).path("patrols").asInt()).isZero();
		assertThat(grid(before, DemoDistrict.SECOND_GRID).path("gridWorkers")).isNotEmpty();

		long second = created(worker.postJson("/api/patrols", "{\"gridCode\":\"" + DemoDistrict.FIRST_GRID + "\"}"))
			.path("id").asLong();
		ok(worker.postJson("/api/patrols/" + second + "/end", ""));

		JsonNode after = ok(user("station1").get("/api/patrols/missed?place=" + DemoDistrict.FIRST_COMMUNITY));
		assertThat(grid(after, DemoDistrict.FIRST_GRID)).as("patrolled twice today").isNull();
		assertThat(grid(after, DemoDistrict.SECOND_GRID)).isNotNull();
		assertThat(after.path("gridCount").asInt()).isGreaterThan(after.path("grids").size());

		JsonNode mine = ok(worker.get("/api/patrols/mine"));
		assertThat(mine.path("patrols")).hasSize(2);
		assertThat(mine.path("homeGrid").asText()).isEqualTo(DemoDistrict.FIRST_GRID);
		assertThat(mine.path("underWay").isNull()).isTrue();
	}

	@Test
	void diaryIsOnePerDayRewrittenAndNotForTheFuture() throws Exception {
		ApiClient worker = user("gridworker1");
		LocalDate today = LocalDate.now(District.ZONE);
		ok(worker.putJson("/api/patrols/diary", "{\"day\":\"" + today + "\",\"text\":\"走访3户，王大爷反映楼道灯不亮\"}"));
		JsonNode rewritten = ok(worker.putJson("/api/patrols/diary",
				"{\"day\":\"" + today + "\",\"text\":\"走访5户，楼道灯已报修\"}"));
		assertThat(rewritten.path("gridCode").asText()).isEqualTo(DemoDistrict.FIRST_GRID);
		assertThat(ok(worker.get("/api/patrols/mine")).path("diary").path("text").asText()).isEqualTo("走访5户，楼道灯已报修");

		HttpResponse<String> future = worker.putJson("/api/patrols/diary",
				"{\"day\":\"" + today.plusDays(1) + "\",\"text\":\"明天的日记\"}");
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(future.body()).path("errors").get(0).path("field").asText()).isEqualTo("day");
		fixtures().removeDiaryOf("gridworker1");
	}

	@Test
	void onlyGridStaffWriteAndOnlyTheirOwnPatrolsInTheirOwnGrids() throws Exception {
		String start = "{\"gridCode\":\"" + DemoDistrict.FIRST_GRID + "\"}";
		assertThat(user("station1").postJson("/api/patrols", start).statusCode()).isEqualTo(403);
		assertThat(user("auditor1").postJson("/api/patrols", start).statusCode()).isEqualTo(403);
		assertThat(user("gridworker2").postJson("/api/patrols", start).statusCode()).as("another grid").isEqualTo(403);
		assertThat(user("gridworker1").postJson("/api/patrols", "{}").statusCode()).isEqualTo(400);

		long id = created(user("gridworker1").postJson("/api/patrols", start)).path("id").asLong();
		assertThat(user("gridleader1").postJson("/api/patrols/" + id + "/points", "{\"points\":[" + POINT + "]}")
			.statusCode()).as("someone else's patrol").isEqualTo(403);
		assertThat(user("gridleader1").postJson("/api/patrols/" + id + "/end", "").statusCode()).isEqualTo(403);
		assertThat(user("gridworker1").postJson("/api/patrols/" + id + "/findings", "{\"trackingNumber\":\"X\"}")
			.statusCode()).isEqualTo(400);
		assertThat(user("gridworker1").postJson("/api/patrols/" + id + "/points", "{\"points\":[{\"lon\":200,\"lat\":1}]}")
			.statusCode()).isEqualTo(400);

		assertThat(user("gridleader2").get("/api/patrols/missed?place=" + DemoDistrict.FIRST_COMMUNITY).statusCode())
			.as("a grid leader does not watch the community").isEqualTo(403);
		assertThat(user("street1").get("/api/patrols/missed?place=" + DemoDistrict.FIRST_COMMUNITY).statusCode())
			.isEqualTo(200);
		assertThat(user("station1").get("/api/patrols/missed?place=" + DemoDistrict.OTHER_STREET_GRID).statusCode())
			.isEqualTo(403);
	}

	@Test
	void theGridOfAPointIsFoundFromTheBoundaries() throws Exception {
		JsonNode grid = ok(user("gridworker1").get("/api/grids/at?lon=113.662&lat=34.665"));
		assertThat(grid.path("code").asText()).isEqualTo(DemoDistrict.FIRST_GRID);
		assertThat(grid.path("boundary").asText()).contains("Polygon");
		assertThat(user("gridworker1").get("/api/grids/at?lon=10&lat=10").statusCode()).isEqualTo(404);
		assertThat(user("gridworker1").get("/api/grids/at?lon=500&lat=10").statusCode()).isEqualTo(400);
	}

	private JsonNode grid(JsonNode missed, String code) {
		for (JsonNode grid : missed.path("grids")) {
			if (grid.path("code").asText().equals(code)) {
				return grid;
			}
		}
		return null;
	}

	private JsonNode created(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return this.json.readTree(response.body());
	}

	private JsonNode ok(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private PatrolFixtures fixtures() {
		return new PatrolFixtures(this.jdbc);
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

}
