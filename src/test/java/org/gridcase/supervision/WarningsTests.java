package org.gridcase.supervision;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.deadlines.LimitUnit;
import org.gridcase.deadlines.TimeLimit;
import org.gridcase.deadlines.TimeLimits;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.shared.District;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four-level warnings: only the district center sets them; they shorten the time limits of the
 * warned grids, are recorded in the audit trail and broadcast (the staff's banner API, the
 * Tasklist filter 预警); lifting ends all that.
 */
@IntegrationTest
class WarningsTests {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Autowired
	TimeLimits limits;

	@Autowired
	FilterService filters;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aWarningShortensLimitsIsAuditedAndBroadcastUntilLifted() throws Exception {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), District.ZONE);
		ApiClient district = ApiClient.as(this.port, "district1", "demo123");
		HttpResponse<String> set = district.postJson("/api/supervision/warnings", "{\"place\":\""
				+ DemoDistrict.FIRST_GRID + "\",\"level\":\"II\",\"from\":\"" + today + "\",\"to\":\"" + today.plusDays(1)
				+ "\",\"reason\":\"汛期防汛重点时段\"}");
		assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
		JsonNode warning = this.json.readTree(set.body());
		long id = warning.get("id").asLong();
		try {
			assertThat(warning.get("levelLabel").asText()).isEqualTo("Ⅱ级预警（橙色）");
			assertThat(warning.get("inForce").asBoolean()).isTrue();
			// limits of the warned grid are shorter; a neighbouring grid keeps its own
			assertThat(this.limits.limitFor("SANITATION", "GENERAL", "CASE", DemoDistrict.FIRST_GRID))
				.isEqualTo(TimeLimit.of(5, LimitUnit.WORKING_DAYS));
			assertThat(this.limits.limitFor("SANITATION", "GENERAL", "HANDLE_IN_GRID", DemoDistrict.FIRST_GRID))
				.isEqualTo(TimeLimit.of(4, LimitUnit.WORKING_HOURS));
			assertThat(this.limits.limitFor("SANITATION", "GENERAL", "HANDLE_IN_GRID", DemoDistrict.SECOND_GRID))
				.isEqualTo(TimeLimit.of(1, LimitUnit.WORKING_DAYS));
			assertThat(this.limits.limitFor("SANITATION", "EMERGENCY", "CASE", DemoDistrict.FIRST_GRID))
				.isEqualTo(TimeLimit.of(24, LimitUnit.EMERGENCY_HOURS));
			// audited
			Map<String, Object> audited = this.jdbc.queryForMap("select actor, data from audit_event where type = 'WARNING_SET'"
					+ " order by sequence desc limit 1");
			assertThat(audited.get("actor")).isEqualTo("district1");
			assertThat((String) audited.get("data")).contains(DemoDistrict.FIRST_GRID, "汛期防汛重点时段", "\"level\":\"II\"");
			// broadcast: the grid's staff and the community above see it, the next grid's do not
			assertThat(mine("gridleader1")).contains("汛期防汛重点时段");
			assertThat(mine("station1")).contains("汛期防汛重点时段");
			assertThat(mine("gridleader2")).doesNotContain("汛期防汛重点时段");
			Filter filter = warningFilter();
			assertThat(filter.getName()).isEqualTo("预警");
			assertThat((String) filter.getProperties().get("description")).contains("Ⅱ级预警（橙色）");
			// only the district center writes
			assertThat(ApiClient.as(this.port, "street1", "demo123").postJson("/api/supervision/warnings/" + id + "/lift",
					"{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
		}
		finally {
			HttpResponse<String> lifted = district.postJson("/api/supervision/warnings/" + id + "/lift",
					"{\"reason\":\"汛情解除\"}");
			assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
		}
		assertThat(district.postJson("/api/supervision/warnings/" + id + "/lift", "{\"reason\":\"再次\"}").statusCode())
			.isEqualTo(409);
		assertThat(this.limits.limitFor("SANITATION", "GENERAL", "HANDLE_IN_GRID", DemoDistrict.FIRST_GRID))
			.isEqualTo(TimeLimit.of(1, LimitUnit.WORKING_DAYS));
		assertThat(mine("gridleader1")).doesNotContain("汛期防汛重点时段");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where type = 'WARNING_LIFTED'"
				+ " and data like ?", Long.class, "%汛情解除%")).isEqualTo(1);
		assertThat((String) warningFilter().getProperties().get("description")).doesNotContain("汛期");
	}

	@Test
	void onlyTheDistrictCenterSetsWarningsAndBadInputIsAProblem() throws Exception {
		String body = "{\"place\":\"" + DemoDistrict.FIRST_STREET + "\",\"level\":\"I\",\"from\":\"2030-01-01\","
				+ "\"to\":\"2030-01-02\",\"reason\":\"测试\"}";
		assertThat(ApiClient.as(this.port, "street1", "demo123").postJson("/api/supervision/warnings", body).statusCode())
			.isEqualTo(403);
		assertThat(ApiClient.as(this.port, "auditor1", "demo123").postJson("/api/supervision/warnings", body).statusCode())
			.isEqualTo(403);
		HttpResponse<String> bad = ApiClient.as(this.port, "district1", "demo123").postJson("/api/supervision/warnings",
				"{\"place\":\"999\",\"level\":\"V\",\"from\":\"2030-01-02\",\"to\":\"2030-01-01\",\"reason\":\"\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode errors = this.json.readTree(bad.body()).get("errors");
		assertThat(errors.findValuesAsText("field")).contains("place", "level", "to", "reason");
	}

	private String mine(String user) {
		HttpResponse<String> answer = ApiClient.as(this.port, user, "demo123").get("/api/supervision/warnings/mine");
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	private Filter warningFilter() {
		return this.filters.createFilterQuery()
			.list()
			.stream()
			.filter(filter -> filter.getProperties() != null && "WARNING".equals(filter.getProperties().get("gridcaseFilter")))
			.findFirst()
			.orElseThrow();
	}

}
