package org.gridcase.platform.webapps;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.platform.cockpit.Chromium;
import org.gridcase.shared.District;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four webapps in a browser set to English on UTC: they speak Chinese all the same, write
 * dates the Chinese way in China Standard Time, show no migration banner, and turn English when
 * the user picks it in the footer.
 */
@IntegrationTest
class WebappsInChineseBrowserTests {

	private static final ZoneId CHINA = District.ZONE;

	private static final DateTimeFormatter CHINESE_LONG = DateTimeFormatter.ofPattern("yyyy年M月d日EEEE HH:mm", Locale.CHINA);

	private static final DateTimeFormatter CHINESE_NORMAL = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);

	private static final DateTimeFormatter ENGLISH_LONG = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter ENGLISH_NORMAL = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH);

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@TempDir
	Path profile;

	private ChromeDriver browser;

	private WebappPage page;

	@BeforeEach
	void startAnEnglishBrowserOnUtc() {
		this.browser = Chromium.start(this.profile);
		this.page = new WebappPage(this.browser, this.port).inAnEnglishBrowserOnUtc();
	}

	@AfterEach
	void quitTheBrowser(TestInfo test) {
		this.page.screenshot("i18n-last-page-of-" + test.getTestMethod().orElseThrow().getName());
		this.browser.quit();
	}

	@Test
	void gridLeaderWorksInTasklistInChineseWithChinaStandardTime() throws Exception {
		String trackingNumber = openCase("顺河社区第1网格垃圾桶满溢，周边有散落垃圾");
		Task task = this.taskService.createTaskQuery().taskId(new CaseAtTheGridLeader(this.port, trackingNumber).reach()).singleResult();

		this.page.login("tasklist", "gridleader1", "demo123").open("tasklist", "#/?task=" + task.getId());
		assertThat(this.page.browserLanguage()).startsWith("en");
		assertThat(this.page.browserTimeZone()).isEqualTo("UTC");
		this.page.showing("网格内处置", "认领", "表单", "历史", "流程图", "描述", "键盘快捷键", "发起流程", "排序方式", "创建时间", "到期",
				"日期和时间均按北京时间（Asia/Shanghai）显示")
			.notShowing("正在加载");
		this.page.screenshot("i18n-tasklist-zh");

		// the task's due date in full, as its tooltip shows it
		assertThat(this.page.tooltips()).contains(inChina(task.getDueDate(), CHINESE_LONG))
			.doesNotContain(inUtc(task.getDueDate(), CHINESE_LONG));
		assertThat(this.page.text()).doesNotContain("Claim", "Keyboard Shortcuts", "Start process", "Camunda 8");
		assertThat(this.page.migrationBannerShown()).isFalse();

		this.page.chooseLanguage("en")
			.showing("Claim", "Form", "History", "Diagram", "Keyboard Shortcuts", "Sort by",
					"Dates and times are shown in China Standard Time (Asia/Shanghai)")
			.notShowing("Loading");
		this.page.screenshot("i18n-tasklist-en");
		assertThat(this.page.tooltips()).contains(inChina(task.getDueDate(), ENGLISH_LONG));
		assertThat(this.page.migrationBannerShown()).isFalse();
	}

	@Test
	void auditorReadsCockpitInChineseWithChinaStandardTime() {
		String trackingNumber = openCase("顺河社区第1网格楼道堆放杂物");
		HistoricProcessInstance instance = this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.processDefinitionKey("CaseLifecycleProcess")
			.singleResult();

		this.page.login("cockpit", "auditor1", "demo123")
			.showing("流程", "决策", "人工任务", "更多", "运行中的流程实例", "已部署", "流程定义", "决策定义", "部署");
		this.page.screenshot("i18n-cockpit-dashboard-zh");
		assertThat(this.page.migrationBannerShown()).isFalse();

		String startTime = "tr:has(a[href*='" + instance.getId() + "']) td.start-time";
		this.page.open("cockpit", "#/process-definition/" + instance.getProcessDefinitionId() + "/runtime")
			.showing("流程实例", "开始时间", "业务键", "作业定义");
		assertThat(this.page.textOf(startTime)).isEqualTo(inChina(instance.getStartTime(), CHINESE_NORMAL))
			.isNotEqualTo(inUtc(instance.getStartTime(), CHINESE_NORMAL));
		this.page.screenshot("i18n-cockpit-instances-zh");

		this.page.chooseLanguage("en").showing("Process Instances", "Start Time", "Business Key", "Job Definitions");
		assertThat(this.page.textOf(startTime)).isEqualTo(inChina(instance.getStartTime(), ENGLISH_NORMAL));
		this.page.screenshot("i18n-cockpit-instances-en");
	}

	@Test
	void administratorUsesWelcomeAndAdminInChinese() {
		this.page.login("welcome", "admin", "admin").showing("应用", "流程监控", "任务列表", "系统管理", "个人资料", "编辑个人资料", "修改密码");
		assertThat(this.page.migrationBannerShown()).isFalse();
		this.page.screenshot("i18n-welcome-zh");

		this.page.open("admin", "#/users").showing("用户", "用户组", "租户", "授权", "系统", "用户列表", "添加用户", "电子邮箱");
		assertThat(this.page.migrationBannerShown()).isFalse();
		this.page.screenshot("i18n-admin-zh");

		this.page.chooseLanguage("en").showing("Users", "Groups", "Tenants", "Authorizations", "System", "Add user");
		this.page.screenshot("i18n-admin-en");
		this.page.open("welcome", "").showing("Applications", "Profile", "Change password");
		this.page.screenshot("i18n-welcome-en");
	}

	private String openCase(String description) {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, description));
		return this.cases.findCase(id).orElseThrow().trackingNumber();
	}

	private static String inChina(Date date, DateTimeFormatter format) {
		return ZonedDateTime.ofInstant(date.toInstant(), CHINA).format(format);
	}

	private static String inUtc(Date date, DateTimeFormatter format) {
		return ZonedDateTime.ofInstant(date.toInstant(), ZoneId.of("UTC")).format(format);
	}

}
