package org.gridcase.patrol;

import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.platform.cockpit.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone page in a 360×640 Chromium with a faked position: a grid worker files a report with
 * a photo and the case reaches the community station; a report filed offline waits on the phone
 * and is sent exactly once, even when sent again; a patrol with its track, a finding and the
 * diary, and the station's list of grids short of patrols. Screenshots: target/screenshots/mobile-*.png.
 */
@IntegrationTest
class PhonePageBrowserTests {

	/** Inside grid 410104001001001 (顺河社区第1网格). */
	private static final double LON = 113.662;

	private static final double LAT = 34.665;

	private static final String COPY_OUTBOX_ITEM = """
			const done = arguments[arguments.length - 1];
			const key = arguments[0];
			const open = (name, upgrade) => new Promise((ok, ko) => {
			  const request = indexedDB.open(name, 1);
			  request.onupgradeneeded = () => upgrade && upgrade(request.result);
			  request.onsuccess = () => ok(request.result);
			  request.onerror = () => ko(request.error);
			});
			const get = (db, store, id) => new Promise((ok, ko) => {
			  const request = db.transaction(store).objectStore(store).get(id);
			  request.onsuccess = () => ok(request.result);
			  request.onerror = () => ko(request.error);
			});
			const put = (db, store, item) => new Promise((ok, ko) => {
			  const tx = db.transaction(store, 'readwrite');
			  tx.objectStore(store).put(item);
			  tx.oncomplete = ok;
			  tx.onerror = () => ko(tx.error);
			});
			(async () => {
			  const app = await open('gridcase-phone');
			  const copies = await open('gridcase-test-copies', (db) => db.createObjectStore('items', { keyPath: 'key' }));
			  if (arguments[1] === 'keep') {
			    const item = await get(app, 'outbox', key);
			    await put(copies, 'items', item);
			    return item.photos.length;
			  }
			  await put(app, 'outbox', await get(copies, 'items', key));
			  return 'restored';
			})().then(done, (e) => done('error: ' + e));
			""";

	private static final String OUTBOX_SIZE = """
			const done = arguments[arguments.length - 1];
			const request = indexedDB.open('gridcase-phone', 1);
			request.onsuccess = () => {
			  const count = request.result.transaction('outbox').objectStore('outbox').count();
			  count.onsuccess = () => done(count.result);
			};
			request.onerror = () => done(-1);
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path profile;

	private final ObjectMapper json = new ObjectMapper();

	private ChromeDriver browser;

	private PhoneScreen phone;

	@BeforeEach
	void startThePhone() {
		this.browser = Chromium.start(this.profile);
		this.phone = new PhoneScreen(this.browser, this.port).at(LON, LAT);
	}

	@AfterEach
	void quitThePhone(TestInfo test) {
		this.phone.screenshot("last-of-" + test.getTestMethod().orElseThrow().getName());
		this.browser.quit();
		new PatrolFixtures(this.jdbc).removePatrolsOf("gridworker1");
		new PatrolFixtures(this.jdbc).removeDiaryOf("gridworker1");
	}

	@Test
	void gridWorkerFilesAReportWithAPhotoAndTheCaseReachesTheCommunityStation() throws Exception {
		// a point and an issue of its own, so that no open case nearby takes the report as a duplicate
		this.phone.at(113.6612, 34.6613).login("gridworker1").tab("report");
		String where = this.phone.waitFor(".where", DemoDistrict.FIRST_GRID);
		assertThat(where).contains("所在网格：顺河社区第1网格");
		this.phone.fillReport("04-01", "顺河路1号院消防通道被电动车堵塞", "顺河路1号院东门", photo());
		this.phone.screenshot("report-form");
		this.phone.scrollTo(".map-box");
		this.phone.screenshot("report-map");

		this.phone.submitReport();
		String sent = this.phone.waitFor(".queue .sent .tracking", "受理编号");
		String trackingNumber = sent.replace("受理编号", "").trim();
		this.phone.waitUntilGone(".toast");
		this.phone.scrollTo(".queue");
		this.phone.screenshot("report-sent");

		Map<String, Object> report = this.jdbc
			.sql("select r.case_id, r.grid_code, r.channel, r.submitted_by, r.linked_as_duplicate, "
					+ "c.tracking_number as case_number from report r join case_record c on c.id = r.case_id "
					+ "where r.tracking_number = :number")
			.param("number", trackingNumber)
			.query()
			.singleRow();
		assertThat(report).containsEntry("grid_code", DemoDistrict.FIRST_GRID)
			.containsEntry("channel", "PATROL")
			.containsEntry("submitted_by", "gridworker1")
			.containsEntry("linked_as_duplicate", false)
			.containsEntry("case_number", trackingNumber);
		assertThat(this.jdbc.sql("select count(*) from attachment where case_id = :id and content_type = 'image/jpeg'")
			.param("id", report.get("case_id"))
			.query(Long.class)
			.single()).isEqualTo(1);

		HttpResponse<String> tasks = ApiClient.as(this.port, "station1", "demo123")
			.get("/engine-rest/task?processInstanceBusinessKey=" + trackingNumber);
		JsonNode stationTasks = this.json.readTree(tasks.body());
		assertThat(stationTasks).as(tasks.body()).hasSize(1);
		assertThat(stationTasks.get(0).path("name").asText()).contains("梳理上报");

		this.phone.login("station1").tab("tasks");
		String card = this.phone.waitForTask(trackingNumber);
		assertThat(card).contains("可认领");
		this.phone.scrollTo("article[data-task='" + stationTasks.get(0).path("id").asText() + "']");
		this.phone.screenshot("station-tasks");
	}

	@Test
	void aReportFiledOfflineIsQueuedAndSentExactlyOnce() throws Exception {
		this.phone.login("gridworker1").tab("report");
		this.phone.waitFor(".grid-found");
		this.phone.online(false);
		this.phone.waitFor("#offline");
		this.phone.fillReport("06-02", "小区北门路灯不亮，夜间出行不便", "顺河路1号院北门", photo());
		this.phone.submitReport();
		this.phone.waitFor("#pending", "待发送 1");
		String key = this.phone.waitFor(".queue .queued").getAttribute("data-key");
		this.phone.scrollTo(".queue");
		this.phone.screenshot("offline-queued");
		assertThat(reportsWithKey(key)).isZero();
		assertThat(this.phone.script(COPY_OUTBOX_ITEM, key, "keep")).isEqualTo(1L);

		this.phone.online(true);
		String sent = this.phone.waitFor(".queue .sent[data-key='" + key + "'] .tracking", "受理编号");
		this.phone.waitUntilGone("#pending");
		this.phone.waitUntilGone(".toast");
		this.phone.scrollTo(".queue");
		this.phone.screenshot("offline-sent");
		assertThat(reportsWithKey(key)).isEqualTo(1);

		// the answer was lost on the way: the report still waits on the phone, and the reload sends it again
		assertThat(this.phone.script(COPY_OUTBOX_ITEM, key, "restore")).isEqualTo("restored");
		this.phone.reload();
		new WebDriverWait(this.browser, Duration.ofSeconds(60))
			.until(driver -> Long.valueOf(0).equals(this.phone.script(OUTBOX_SIZE)));
		this.phone.tab("report");
		assertThat(this.phone.waitFor(".queue .sent[data-key='" + key + "'] .tracking", "受理编号")).isEqualTo(sent);
		assertThat(reportsWithKey(key)).as("one report, one case").isEqualTo(1);
		assertThat(this.jdbc.sql("select count(distinct case_id) from report where idempotency_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void gridWorkerPatrolsWithTrackFindingAndDiaryAndTheStationSeesGridsShortOfPatrols() throws Exception {
		this.phone.login("gridworker1").tab("patrol");
		this.phone.clickText("开始巡查");
		this.phone.waitFor(".under-way", "巡查中");
		this.phone.at(LON + 0.0003, LAT + 0.0002);
		this.phone.waitFor(".under-way", "轨迹点 2 个");
		this.phone.at(LON + 0.0006, LAT + 0.0004);
		this.phone.waitFor(".under-way", "轨迹点 3 个");

		this.phone.tab("report");
		this.phone.fillReport("02-01", "巡查发现游商占道经营", "顺河路口", null);
		this.phone.submitReport();
		String tracking = this.phone.waitFor(".queue .sent .tracking", "受理编号").replace("受理编号", "").trim();
		this.phone.tab("patrol");
		this.phone.waitFor(".under-way", "发现问题 1 个");
		assertThat(this.phone.waitFor(".under-way", tracking)).contains(tracking);
		this.phone.screenshot("patrol-under-way");

		this.phone.clickText("结束巡查");
		this.phone.waitFor(".patrol-count", "今日已完成巡查 1 次");
		this.phone.type(".diary textarea", "走访顺河路1号院3户，李阿姨反映楼道堆物，已劝导清理");
		this.phone.clickText("保存日记");
		this.phone.waitFor(".diary small", "已保存");
		this.phone.scrollTo(".patrols");
		this.phone.screenshot("patrol-diary");
		assertThat(this.jdbc.sql("select count(*) from patrol_point pp join patrol p on p.id = pp.patrol_id where p.username = 'gridworker1'")
			.query(Long.class)
			.single()).isEqualTo(3);

		this.phone.login("station1").tab("station");
		String missed = this.phone.waitFor(".missed", "顺河社区第1网格");
		assertThat(missed).contains("顺河社区第1网格", "已巡 1 次", "顺河社区第2网格", "已巡 0 次");
		this.phone.screenshot("station-missed");
	}

	private long reportsWithKey(String key) {
		return this.jdbc.sql("select count(*) from report where idempotency_key = :key and submitted_by = 'gridworker1'")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private static Path photo() throws URISyntaxException {
		return Path.of(PhonePageBrowserTests.class.getResource("/mobile/garbage-photo.jpg").toURI());
	}

}
