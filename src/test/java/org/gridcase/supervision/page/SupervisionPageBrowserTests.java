package org.gridcase.supervision.page;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseView;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.deadlines.Light;
import org.gridcase.platform.cockpit.Chromium;
import org.gridcase.shared.District;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridcase.EngineClockFixtures.fireTimersDueBy;
import static org.gridcase.EngineClockFixtures.resetClock;
import static org.gridcase.EngineClockFixtures.setClock;

/**
 * The supervision page in headless Chromium as street1 (street 410104001): the page shows the
 * street's light board and the warning the district center set on one of its communities, drills
 * down from that community, where a case ran red, to the case, and exports the street's figures as
 * CSV (downloaded) and Excel. Screenshots at 1366×768 and 360×640:
 * target/screenshots/supervision-*.png.
 */
@IntegrationTest
class SupervisionPageBrowserTests {

	/** A community of street1's street that other tests leave alone (顺河 is 001), and a grid of it. */
	private static final String RED_COMMUNITY = "410104001007";

	private static final String RED_GRID = RED_COMMUNITY + "003";

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	ProcessEngine engine;

	@TempDir
	Path profile;

	@TempDir
	Path downloads;

	private ChromeDriver browser;

	private SupervisionScreen page;

	@BeforeEach
	void startTheBrowser() {
		this.browser = Chromium.start(this.profile);
		this.page = new SupervisionScreen(this.browser, this.port, this.downloads);
	}

	@AfterEach
	void quitTheBrowser() {
		this.page.screenshot("last");
		this.browser.quit();
	}

	@Test
	void street1SeesItsBoardDrillsDownFromARedCommunityToItsCaseAndExports() throws Exception {
		CaseView red = redCase();
		long warning = warnTheRedCommunity();
		try {
			street1SeesItsBoardDrillsDownAndExports(red);
		}
		finally {
			HttpResponse<String> lifted = ApiClient.as(this.port, "district1", "demo123")
				.postJson("/api/supervision/warnings/" + warning + "/lift", "{\"reason\":\"监督页测试结束\"}");
			assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
		}
	}

	private void street1SeesItsBoardDrillsDownAndExports(CaseView red) throws Exception {
		this.page.login("street1");
		this.page.waitFor("#crumbs .here", "北下街街道");
		this.page.waitUntilLoaded();
		assertThat(this.page.waitFor("#warnings .warning.level-III[data-place='" + RED_COMMUNITY + "']", "南顺城社区")).contains("Ⅲ级预警", "监督页测试：冬季供暖期");
		assertThat(this.page.texts("#panel-board button.place")).as("the street's eight communities").hasSize(8);
		int redInCommunity = Integer
			.parseInt(this.page.text("#panel-board button.count.RED[data-place='" + RED_COMMUNITY + "']"));
		assertThat(redInCommunity).isPositive();
		assertThat(Integer.parseInt(this.page.text("#panel-board .total.RED .n"))).isGreaterThanOrEqualTo(redInCommunity);
		assertThat(this.page.texts("#panel-figures .tile")).anyMatch((tile) -> tile.contains("结案率"));
		assertThat(this.page.texts("#panel-ranking tbody tr")).hasSize(8);
		this.page.screenshot("street");

		String communityName = this.page.attribute("#panel-board button.place[data-place='" + RED_COMMUNITY + "']", "title");
		Path csv = this.page.download("a[data-export=csv]");
		byte[] bytes = Files.readAllBytes(csv);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String exported = new String(bytes, StandardCharsets.UTF_8);
		assertThat(exported).contains("结案率", communityName);
		Map<String, Object> excel = this.page.fetch(this.page.attribute("a[data-export=xlsx]", "href"));
		assertThat(excel).containsEntry("status", 200L).containsEntry("head", "504b0304");

		this.page.click("#panel-board button.place[data-place='" + RED_COMMUNITY + "']");
		this.page.waitFor("#crumbs .here", communityName);
		this.page.waitUntilLoaded();
		assertThat(this.page.texts("#panel-board button.place")).as("the community's grids").hasSize(5);
		assertThat(Integer.parseInt(this.page.text("#panel-board button.count.RED[data-place='" + RED_GRID + "']")))
			.isPositive();
		this.page.click("#panel-board .total.RED");
		String row = this.page.waitFor("#panel-cases tr[data-case='" + red.id() + "']").getText();
		assertThat(row).contains(red.trackingNumber(), "红灯");
		assertThat(this.page.attribute("#panel-cases tr[data-case='" + red.id() + "'] a", "href"))
			.isEqualTo("/cases/" + red.id() + "/trace");
		this.page.screenshot("red-cases");

		this.page.phone();
		this.page.waitFor("#panel-cases tr[data-case='" + red.id() + "']");
		this.page.screenshot("phone");
		this.page.desktop();

		this.page.open("/cases/" + red.id() + "/trace");
		this.page.waitFor("body", red.trackingNumber());
	}

	/** A yellow (III) warning for today on the red community, set by the district center; lifted after the test. */
	private long warnTheRedCommunity() throws Exception {
		String today = LocalDate.now(District.ZONE).toString();
		HttpResponse<String> set = ApiClient.as(this.port, "district1", "demo123")
			.postJson("/api/supervision/warnings", """
					{"place":"%s","level":"III","from":"%s","to":"%s","reason":"监督页测试：冬季供暖期矛盾纠纷易发"}
					""".formatted(RED_COMMUNITY, today, today));
		assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
		return new ObjectMapper().readTree(set.body()).path("id").asLong();
	}

	/** A fresh case of the red community whose first step ran past its limit (2 working hours). */
	private CaseView redCase() {
		try {
			setClock("2026-11-23T09:00");
			CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, RED_GRID, "监督页测试：南顺城街垃圾桶满溢未清运"));
			fireTimersDueBy(this.engine, this.cases.findCase(id).orElseThrow().processBusinessKey(), "2026-11-23T11:01");
			CaseView red = this.cases.findCase(id).orElseThrow();
			assertThat(red.light()).isEqualTo(Light.RED);
			return red;
		}
		finally {
			resetClock();
		}
	}

}
