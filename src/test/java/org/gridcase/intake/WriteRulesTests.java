package org.gridcase.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.gridcase.ApiClient;
import org.gridcase.ApiClient.Part;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseFixtures;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may write through our API and Open311, over HTTP: read-only roles nothing, staff for the
 * places they serve, hotline calls by the centers only.
 */
@IntegrationTest
class WriteRulesTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	GridDirectory grids;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAuditorWritesNothingAndNothingIsStored() throws Exception {
		String marker = "审计员写入" + UUID.randomUUID();
		CaseId existing = this.cases.openCase(CaseFixtures.sanitationCase());
		GridView grid = this.grids.find(DemoDistrict.FIRST_GRID).orElseThrow();

		HttpResponse<String> report = user("auditor1").postJson("/api/reports", report("WEB", DemoDistrict.FIRST_GRID, marker));
		HttpResponse<String> opened = user("auditor1").postJson("/api/cases", """
				{"issueType":"SANITATION","gridCode":"%s","description":"%s"}""".formatted(DemoDistrict.FIRST_GRID, marker));
		HttpResponse<String> photo = photo("auditor1", existing);
		HttpResponse<String> open311 = form("auditor1", "service_code=01-01&lat=" + grid.lat() + "&long=" + grid.lon()
				+ "&description=" + marker);

		assertThat(report.statusCode()).as(report.body()).isEqualTo(403);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(403);
		assertThat(photo.statusCode()).as(photo.body()).isEqualTo(403);
		assertThat(open311.statusCode()).as(open311.body()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from report where submitted_by = 'auditor1'", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from case_record where description like ?", Integer.class,
				"%" + marker + "%")).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from attachment where case_id = ?", Integer.class,
				existing.value())).isZero();
	}

	@Test
	void staffFileForThePlacesTheyServe() {
		HttpResponse<String> neighbour = user("gridleader2").postJson("/api/reports",
				report("PATROL", DemoDistrict.FIRST_GRID, "邻近网格代报"));
		HttpResponse<String> station = user("station1").postJson("/api/reports",
				report("WALK_IN", DemoDistrict.FIRST_GRID, "社区工作站来访登记"));

		assertThat(neighbour.statusCode()).as(neighbour.body()).isEqualTo(403);
		assertThat(station.statusCode()).as(station.body()).isEqualTo(201);
	}

	@Test
	void hotlineCallsAreFiledByTheCentersOnly() {
		HttpResponse<String> gridWorker = user("gridworker1").postJson("/api/reports",
				report("HOTLINE_12345", DemoDistrict.FIRST_GRID, "热线来电反映垃圾"));
		HttpResponse<String> district = user("district1").postJson("/api/reports",
				report("HOTLINE_12345", DemoDistrict.FIRST_GRID, "热线来电反映垃圾"));

		assertThat(gridWorker.statusCode()).as(gridWorker.body()).isEqualTo(403);
		assertThat(district.statusCode()).as(district.body()).isEqualTo(201);
	}

	private static String report(String channel, String gridCode, String description) {
		return """
				{"channel":"%s","subcategory":"01-01","description":"%s","gridCode":"%s","reporter":{"name":"赵六"}}"""
			.formatted(channel, description, gridCode);
	}

	private HttpResponse<String> form(String username, String form) {
		ApiClient client = user(username);
		return client.send(client.request("/open311/v2/requests.json")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
	}

	private HttpResponse<String> photo(String username, CaseId caseId) throws IOException {
		return user(username).postMultipart("/api/cases/" + caseId + "/attachments",
				new Part("photos", "after.png", "image/png", png()));
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

}
