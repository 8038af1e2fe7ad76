package org.gridcase.supervision;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.audit.AuditTrail;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.OrganisationManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Figures, scores, light board, map and exports of {@link SupervisionFixture}'s street against
 * values computed by hand from docs/supervision-figures.md.
 */
@IntegrationTest
class SupervisionFiguresTests {

	private static final String MARCH = "period=MONTH&date=2025-03-15";

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	GridDirectory grids;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail trail;

	@Autowired
	ObjectMapper json;

	@Autowired
	CaseFacts facts;

	@BeforeEach
	void fixture() {
		SupervisionFixture.ensure(this.organisation, this.grids, this.jdbc, this.transactions, this.trail, this.facts);
	}

	@Test
	void marchFiguresOfTheStreetAreTheHandComputedOnes() throws Exception {
		JsonNode answer = get("district1", "/api/supervision/figures?" + MARCH + "&place=" + SupervisionFixture.STREET);
		assertThat(answer.at("/period/from").asText()).isEqualTo("2025-03-01");
		assertThat(answer.at("/period/to").asText()).isEqualTo("2025-03-31");
		JsonNode f = answer.get("figures");
		// opened A, B, C, D, E (F in February); A had two reports
		assertThat(f.get("opened").asLong()).isEqualTo(5);
		assertThat(f.get("reports").asLong()).isEqualTo(6);
		// registered A, B, C, E (D rejected, F in February); A and B closed by March 31
		assertThat(f.get("registered").asLong()).isEqualTo(4);
		assertThat(f.get("closureRate").asDouble()).isEqualTo(0.5);
		assertThat(f.get("rejected").asLong()).isEqualTo(1);
		// closed in March: A, B, F; B after its limit; B reworked; A and F never left the grid
		assertThat(f.get("closed").asLong()).isEqualTo(3);
		assertThat(f.get("onTimeClosureRate").asDouble()).isEqualTo(0.6667);
		assertThat(f.get("reworkRate").asDouble()).isEqualTo(0.3333);
		assertThat(f.get("solvedInGridShare").asDouble()).isEqualTo(0.6667);
		// limits that ran out in March: B (closed late) and E (still open)
		assertThat(f.get("overdue").asLong()).isEqualTo(2);
		// working minutes A 600, B 1200, F 1080: mean 960 = 16 h; p90 = 1080 + 0.8 × 120 = 1176 = 19.6 h
		assertThat(f.get("avgHandlingHours").asDouble()).isEqualTo(16.0);
		assertThat(f.get("p90HandlingHours").asDouble()).isEqualTo(19.6);
		assertThat(f.at("/escalations/COMMUNITY").asLong()).isEqualTo(2);
		assertThat(f.at("/escalations/STREET").asLong()).isZero();
		assertThat(f.get("jointEnforcements").asLong()).isZero();
		assertThat(f.at("/satisfaction/answered").asLong()).isEqualTo(2);
		assertThat(f.at("/satisfaction/satisfied").asLong()).isEqualTo(1);
		assertThat(f.at("/satisfaction/rate").asDouble()).isEqualTo(0.5);
		assertThat(f.get("accountabilityReviews").asLong()).isEqualTo(1);
		assertThat(f.get("accountabilityFindings").asLong()).isEqualTo(1);
		assertThat(f.get("solvedInGridTarget").asDouble()).isEqualTo(0.9);
	}

	@Test
	void aCaseSpanningTwoMonthsCountsWhereEachOfItsEventsLies() throws Exception {
		JsonNode f = get("district1", "/api/supervision/figures?period=MONTH&date=2025-04-01&place="
				+ SupervisionFixture.STREET).get("figures");
		assertThat(f.get("opened").asLong()).isZero();
		assertThat(f.get("registered").asLong()).isZero();
		assertThat(f.get("closureRate").isNull()).isTrue();
		assertThat(f.get("closed").asLong()).isEqualTo(1);
		assertThat(f.get("avgHandlingHours").asDouble()).isEqualTo(28.0);
		assertThat(f.get("p90HandlingHours").asDouble()).isEqualTo(28.0);
		assertThat(f.at("/escalations/COMMUNITY").asLong()).isZero();
		assertThat(f.at("/escalations/STREET").asLong()).isEqualTo(1);
		assertThat(f.at("/escalations/DISTRICT").asLong()).isEqualTo(1);
		assertThat(f.at("/escalations/DEPARTMENT").asLong()).isEqualTo(1);
		assertThat(f.get("jointEnforcements").asLong()).isEqualTo(1);
		assertThat(f.get("solvedInGridShare").asDouble()).isZero();
		// a custom period over both months: C counted once as opened and once as closed
		JsonNode both = get("district1", "/api/supervision/figures?period=CUSTOM&from=2025-03-01&to=2025-04-30&place="
				+ SupervisionFixture.STREET).get("figures");
		assertThat(both.get("opened").asLong()).isEqualTo(5);
		assertThat(both.get("closed").asLong()).isEqualTo(4);
		assertThat(both.get("closureRate").asDouble()).isEqualTo(0.75);
		// trends: one point per month, the same figures as each month asked alone
		JsonNode points = get("district1", "/api/supervision/trends?from=2025-02-01&to=2025-04-30&interval=MONTH&place="
				+ SupervisionFixture.STREET).get("points");
		assertThat(points).hasSize(3);
		assertThat(points.findValuesAsText("from")).containsExactly("2025-02-01", "2025-03-01", "2025-04-01");
		assertThat(points.get(0).at("/figures/registered").asLong()).isEqualTo(1);
		assertThat(points.get(1).at("/figures/closed").asLong()).isEqualTo(3);
		assertThat(points.get(2).at("/figures/closed").asLong()).isEqualTo(1);
		// by department: C for both of its departments in April
		JsonNode department = get("district1", "/api/supervision/figures?period=MONTH&date=2025-04-01&department=WORK_SAFETY")
			.get("figures");
		assertThat(department.get("closed").asLong()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void scoresOfTheCommunitiesAreTheHandComputedOnes() throws Exception {
		JsonNode rows = get("district1", "/api/supervision/scores?" + MARCH + "&place=" + SupervisionFixture.STREET)
			.get("rows");
		assertThat(rows).hasSize(2);
		// community two: closure 0 × .25, on time 1 × .25, rework (1 − 0) × .15, grid 1 × .20, no
		// satisfaction answer (its weight left out): 60 / .85 = 70.59 → C
		assertThat(rows.get(0).get("code").asText()).isEqualTo(SupervisionFixture.COMMUNITY_TWO);
		assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
		assertThat(rows.get(0).get("score").asDouble()).isEqualTo(70.59);
		assertThat(rows.get(0).get("grade").asText()).isEqualTo("C");
		// community one: .6667 × 25 + .5 × 25 + (1 − .5) × 15 + .5 × 15 + .5 × 20 = 54.17 → E
		assertThat(rows.get(1).get("code").asText()).isEqualTo(SupervisionFixture.COMMUNITY_ONE);
		assertThat(rows.get(1).get("score").asDouble()).isEqualTo(54.17);
		assertThat(rows.get(1).get("grade").asText()).isEqualTo("E");
		JsonNode parts = rows.get(1).get("parts");
		assertThat(parts.get(0).get("figure").asText()).isEqualTo("closureRate");
		assertThat(parts.get(0).get("points").asDouble()).isCloseTo(16.67, within(0.005));
	}

	@Test
	void theLightBoardCountsRunningCasesDownToGridsAndDrillsDownToThem() throws Exception {
		JsonNode board = get("district1", "/api/supervision/lights?place=" + SupervisionFixture.STREET);
		assertThat(board.get("level").asText()).isEqualTo("STREET");
		assertThat(board.at("/counts/RED").asLong()).isEqualTo(1);
		assertThat(board.at("/counts/GREEN").asLong()).isZero();
		JsonNode one = board.get("children").get(0);
		assertThat(one.get("code").asText()).isEqualTo(SupervisionFixture.COMMUNITY_ONE);
		assertThat(one.at("/counts/RED").asLong()).isEqualTo(1);
		assertThat(one.get("children").get(0).get("code").asText()).isEqualTo(SupervisionFixture.GRID_A);
		assertThat(board.get("children").get(1).at("/counts/RED").asLong()).isZero();
		JsonNode cases = get("district1", one.get("casesUrl").asText() + "&light=RED");
		assertThat(cases.get("total").asLong()).isEqualTo(1);
		assertThat(cases.at("/cases/0/id").asText()).isEqualTo(SupervisionFixture.E.toString());
		assertThat(cases.at("/cases/0/stepLabel").asText()).isNotBlank();
		JsonNode map = get("district1", "/api/supervision/map?" + MARCH + "&place=" + SupervisionFixture.STREET
				+ "&figure=closed");
		assertThat(map.get("grids")).hasSize(3);
		assertThat(map.at("/grids/0/boundary/type").asText()).isEqualTo("Polygon");
		assertThat(map.at("/grids/0/value").asDouble()).isEqualTo(1.0);
	}

	@Test
	void exportsAreExcelAndCsvWithTheSameFiguresAndAreAudited() throws Exception {
		ApiClient district = ApiClient.as(this.port, "district1", "demo123");
		long exportsBefore = exports();
		HttpResponse<byte[]> csv = district.send(district.request("/api/supervision/export.csv?" + MARCH + "&place="
				+ SupervisionFixture.STREET), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
		byte[] body = csv.body();
		assertThat(List.of(body[0], body[1], body[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).startsWith("名次,编码,名称,报告数").contains("结案率", "综合得分", "等级");
		assertThat(lines).hasSize(4);
		// the total line (an empty first cell is quoted): the street's March figures, and its score:
		// .5 × 25 + .6667 × 25 + (1 − .3333) × 15 + .5 × 15 + .6667 × 20 = 60.00 → D
		assertThat(lines.get(3)).startsWith("\"\",,合计（测试街道）,6,5,4,1,3,0.5,0.6667,2,0.3333,16.0,19.6,0.6667,2,0,0.5,1,1,")
			.endsWith(",60.0,D");
		HttpResponse<byte[]> xlsx = district.send(district.request("/api/supervision/export.xlsx?" + MARCH + "&place="
				+ SupervisionFixture.STREET + "&figure=score"), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith(FigureExportController.XLSX);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCell(0).asString()).isEqualTo("名次");
			assertThat(rows.get(1).getCell(1).asString()).isEqualTo(SupervisionFixture.COMMUNITY_TWO);
			assertThat(rows.get(1).getCell(rows.get(0).getCellCount() - 2).asNumber().doubleValue()).isEqualTo(70.59);
		}
		assertThat(exports()).isEqualTo(exportsBefore + 2);
		assertThat(this.jdbc.queryForObject("select data from audit_event where type = 'FIGURES_EXPORTED'"
				+ " order by sequence desc limit 1", String.class)).contains("\"format\":\"XLSX\"", SupervisionFixture.STREET);
	}

	@Test
	void badInputIsAProblemNamingTheField() throws Exception {
		HttpResponse<String> answer = ApiClient.as(this.port, "district1", "demo123")
			.get("/api/supervision/figures?period=YEAR");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(this.json.readTree(answer.body()).at("/errors/0/field").asText()).isEqualTo("period");
		HttpResponse<String> place = ApiClient.as(this.port, "district1", "demo123")
			.get("/api/supervision/rankings?place=999999&by=PLACE");
		assertThat(place.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(place.body()).at("/errors/0/field").asText()).isEqualTo("place");
		HttpResponse<String> custom = ApiClient.as(this.port, "district1", "demo123")
			.get("/api/supervision/figures?period=CUSTOM&from=2025-04-01&to=2025-03-01");
		assertThat(this.json.readTree(custom.body()).at("/errors/0/field").asText()).isEqualTo("to");
	}

	private long exports() {
		return this.jdbc.queryForObject("select count(*) from audit_event where type = 'FIGURES_EXPORTED'", Long.class);
	}

	private JsonNode get(String user, String path) throws Exception {
		HttpResponse<String> answer = ApiClient.as(this.port, user, "demo123").get(path);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return this.json.readTree(answer.body());
	}


}
