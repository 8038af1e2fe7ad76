package org.gridcase.platform.cockpit;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case history plugin in a real browser: an auditor finds a finished case by its tracking
 * number and reads its path and its actors; a grid leader of another grid cannot read it.
 */
@IntegrationTest
class CockpitHistoryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	HistoryService historyService;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path profile;

	private ChromeDriver browser;

	private CockpitPage cockpit;

	private String trackingNumber;

	private CaseId caseId;

	@BeforeEach
	void finishACaseAndStartTheBrowser() throws Exception {
		this.caseId = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID,
				"顺河社区第1网格楼道堆放杂物，存在消防隐患"));
		this.trackingNumber = this.cases.findCase(this.caseId).orElseThrow().trackingNumber();
		new FinishedCase(this.port, this.trackingNumber).workToTheEnd();
		this.browser = Chromium.start(this.profile);
		this.cockpit = new CockpitPage(this.browser, this.port);
	}

	@AfterEach
	void quitTheBrowser(TestInfo test) {
		this.cockpit.screenshot("last-page-of-" + test.getTestMethod().orElseThrow().getName());
		this.browser.quit();
	}

	@Test
	void auditorFindsAFinishedCaseByItsTrackingNumberAndSeesThePathAndTheActors() {
		this.cockpit.login("auditor1", "demo123").dashboard().openHistorySearch();

		String results = this.cockpit.search(this.trackingNumber);
		this.cockpit.screenshot("auditor-search");
		assertThat(results).contains("共找到 2 个流程实例", "案件处置流程", "一般问题处置流程", "已完成", "案件已结案",
				this.trackingNumber);

		String lifecycle = this.cockpit.openResult("案件处置流程");
		this.cockpit.screenshot("auditor-case-history");
		assertThat(lifecycle).contains("流程实例历史：案件处置流程", "受理编号", this.trackingNumber, "已完成")
			.contains("梳理上报案件", "审核立案", "处置问题", "反馈处置结果", "核查处置结果", "回访评价")
			.contains("认领：station1", "完成：station1", "认领：street1", "完成：street1", "认领：inspector1")
			.contains("结果", "案件已结案", "sortingNote", "属实，已定位", "一般问题处置流程");
		assertThat(this.cockpit.markedElements()).isGreaterThan(10);
		assertThat(this.cockpit.traceLinks()).containsOnlyKeys("打印", "导出PDF", "导出CSV")
			.hasEntrySatisfying("打印", href -> assertThat(href).endsWith("/cases/" + this.caseId.value() + "/trace"))
			.hasEntrySatisfying("导出PDF", href -> assertThat(href).endsWith("/api/cases/" + this.caseId.value() + "/trace.pdf"))
			.hasEntrySatisfying("导出CSV", href -> assertThat(href).endsWith("/api/cases/" + this.caseId.value() + "/trace.csv"));

		String handling = this.cockpit.openCalled("一般问题处置流程");
		this.cockpit.screenshot("auditor-handling-history");
		assertThat(handling).contains("流程实例历史：一般问题处置流程", "网格内处置", "认领：gridleader1", "完成：gridleader1",
				"上级流程", "案件处置流程");
	}

	@Test
	void auditorPagesThroughTheInstancesOfAGrid() {
		String grid = this.jdbc.queryForObject("select max(code) from grid where length(code) = 15", String.class);
		for (int i = 0; i < 11; i++) {
			this.cases.openCase(new OpenCaseCommand("SANITATION", null, grid, "分页查询用案件 " + i));
		}
		this.cockpit.login("auditor1", "demo123").dashboard().openHistorySearch();

		String first = this.cockpit.searchGrid(grid, "运行中", 10);
		List<String> firstRows = this.cockpit.resultRows();
		this.cockpit.screenshot("auditor-search-page-1");
		Matcher total = Pattern.compile("共找到 (\\d+) 个流程实例").matcher(first);
		assertThat(total.find()).as(first).isTrue();
		int count = Integer.parseInt(total.group(1));
		int pages = (count + 9) / 10;
		assertThat(count).isGreaterThanOrEqualTo(11);
		assertThat(first).contains("显示第 1–10 个（每页 10 个）", "第 1 / " + pages + " 页", "下一页", "上一页");
		assertThat(firstRows).hasSize(10);

		String second = this.cockpit.turnPage("下一页");
		this.cockpit.screenshot("auditor-search-page-2");
		assertThat(second).contains("共找到 " + count + " 个流程实例", "显示第 11–", "第 2 / " + pages + " 页");
		assertThat(this.cockpit.resultRows()).hasSize(Math.min(10, count - 10)).doesNotContainAnyElementsOf(firstRows);

		this.cockpit.turnPage("上一页");
		assertThat(this.cockpit.resultRows()).isEqualTo(firstRows);
	}

	@Test
	void gridLeaderOfAnotherGridCannotOpenTheCase() {
		String lifecycleId = this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(this.trackingNumber)
			.processDefinitionKey("CaseLifecycleProcess")
			.singleResult()
			.getId();

		this.cockpit.login("gridleader2", "demo123");
		String page = this.cockpit.openHistoryPage(lifecycleId);
		this.cockpit.screenshot("gridleader2-denied");

		// grid leaders have no Cockpit: the application itself is refused, and so is its engine API
		assertThat(page).contains("403").contains("无权访问").doesNotContain("梳理上报案件").doesNotContain(this.trackingNumber);
		assertThat(this.cockpit.engineApi("/history/process-instance?processInstanceBusinessKey=" + this.trackingNumber))
			.satisfiesAnyOf(answer -> assertThat(answer).startsWith("403"), answer -> assertThat(answer).isEqualTo("200 []"));
	}

	@Test
	void anInstanceTheUserCannotReadIsNamedAsSuch() {
		this.cockpit.login("auditor1", "demo123").dashboard();

		String text = this.cockpit.openHistory("no-such-instance");
		this.cockpit.screenshot("auditor-unreadable-instance");

		assertThat(text).contains("无法查看此流程实例：实例不存在，或您无权查看其历史。");
	}

}
