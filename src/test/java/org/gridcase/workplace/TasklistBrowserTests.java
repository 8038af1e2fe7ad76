package org.gridcase.workplace;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.platform.cockpit.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist for a grid leader in a real browser: the shared filters with the counts the engine
 * gives, a fresh case's task card (tracking number, issue type, address, light) under its summary
 * name, the 案件信息 tab with photos (one enlarged) and the history so far, and the form completed
 * in the browser, which the engine records with the value typed.
 */
@IntegrationTest
class TasklistBrowserTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	HistoryService historyService;

	@TempDir
	Path profile;

	private ChromeDriver browser;

	private TasklistPage tasklist;

	private WorkplaceFixtures.CaseAtGridLeader fresh;

	@BeforeEach
	void openACaseForTheGridLeaderAndStartTheBrowser() throws Exception {
		this.fresh = WorkplaceFixtures.caseAtGridLeader(this.port);
		this.browser = Chromium.start(this.profile);
		this.tasklist = new TasklistPage(this.browser, this.port);
	}

	@AfterEach
	void quitTheBrowser(TestInfo test) {
		this.tasklist.screenshot("last-page-of-" + test.getTestMethod().orElseThrow().getName());
		this.browser.quit();
	}

	@Test
	void gridLeaderSeesFilterCountsTheCaseOnItsCardItsPhotosAndHistoryAndCompletesTheForm() throws Exception {
		String taskId = this.fresh.taskFor("gridleader1").path("id").asText();
		this.tasklist.login("gridleader1", "demo123");

		Map<String, Long> counts = this.tasklist.filterCountsOnceEqualTo(() -> engineCounts("gridleader1"));
		this.tasklist.screenshot("filters");
		assertThat(counts.keySet()).containsSubsequence("我的待办", "本网格待领取", "黄灯", "红灯", "今日到期");
		assertThat(counts.get("本网格待领取")).isPositive();

		this.tasklist.openFilter("本网格待领取");
		TasklistPage.Card card = this.tasklist.card(this.fresh.trackingNumber);
		this.tasklist.screenshot("list");
		assertThat(card.name()).isEqualTo("网格内处置 · 暴露垃圾 · 顺河路1号");
		assertThat(card.caseLine()).contains(this.fresh.trackingNumber, "环境卫生", WorkplaceFixtures.CaseAtGridLeader.ADDRESS,
				"绿");
		assertThat(card.lightClasses()).contains("gc-light-green");

		this.tasklist.openTask(this.fresh.trackingNumber);
		WebElement caseTab = this.tasklist.openCaseTab();
		this.tasklist.screenshot("case-information");
		assertThat(caseTab.findElement(By.cssSelector(".gc-summary")).getText()).contains("受理编号",
				this.fresh.trackingNumber, "环境卫生", WorkplaceFixtures.CaseAtGridLeader.ADDRESS, "路口东北角暴露垃圾");
		assertThat(caseTab.findElement(By.cssSelector(".gc-photos h4")).getText()).isEqualTo("现场照片（2）");
		assertThat(this.tasklist.thumbnails()).hasSize(2);
		assertThat(caseTab.findElement(By.cssSelector(".gc-history")).getText()).contains("办理经过", "station1",
				"梳理上报案件", "street1", "审核立案");

		WebElement photo = this.tasklist.enlarge(1);
		this.tasklist.screenshot("photo-enlarged");
		assertThat(photo.getSize().getWidth()).isGreaterThan(this.tasklist.thumbnails().get(1).getSize().getWidth());
		this.tasklist.closeLightbox();

		this.tasklist.openFormTab().claim();
		assertThat(this.tasklist.field("事发地址").getAttribute("readonly")).isNotNull();
		assertThat(this.tasklist.fieldText("问题类型")).as("the issue type choice offered with the form").contains("环境卫生");
		this.tasklist.type("处置情况", "已督促清理，路口恢复整洁").choose("本级能否解决", "是");
		this.tasklist.screenshot("form-filled");
		this.tasklist.complete();
		this.tasklist.screenshot("completed");

		HistoricTaskInstance done = this.historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		assertThat(done.getEndTime()).isNotNull();
		assertThat(done.getAssignee()).isEqualTo("gridleader1");
		assertThat(this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(done.getProcessInstanceId())
			.variableName("handlingResult")
			.singleResult()
			.getValue()).isEqualTo("已督促清理，路口恢复整洁");
	}

	/** What the engine REST API counts for the user in each filter Tasklist lists. */
	private Map<String, Long> engineCounts(String username) {
		try {
			ApiClient user = ApiClient.as(this.port, username, "demo123");
			Map<String, Long> counts = new LinkedHashMap<>();
			for (JsonNode filter : this.json.readTree(user.get("/engine-rest/filter?resourceType=Task").body())) {
				counts.put(filter.path("name").asText(), this.json
					.readTree(user.get("/engine-rest/filter/" + filter.path("id").asText() + "/count").body())
					.path("count")
					.asLong());
			}
			return sortedAsShown(counts);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Long> sortedAsShown(Map<String, Long> counts) {
		Map<String, Long> shown = new LinkedHashMap<>();
		this.tasklist.shownFilterCounts().keySet().forEach(name -> shown.put(name, counts.get(name)));
		return shown;
	}

}
