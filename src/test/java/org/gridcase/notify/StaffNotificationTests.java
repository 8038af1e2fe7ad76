package org.gridcase.notify;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.gridcase.ApiClient;
import org.gridcase.EngineClockFixtures;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.cases.Severity;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.grid.StaffContacts;
import org.gridcase.grid.StaffContacts.StaffContact;
import org.gridcase.notify.NotificationFixtures.Stored;
import org.gridcase.shared.District;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff are told through the channels each chose: the station by SMS and its WeCom group, the
 * street center by its signed DingTalk group, the grid leader by e-mail; of new tasks for their
 * role, lights, escalations to them and warnings for their place. Quiet hours hold what is not an
 * emergency.
 */
@IntegrationTest
class StaffNotificationTests {

	private static final List<String> CHOOSERS = List.of("station1", "street1", "gridleader1");

	private final LocalGateways gateways = LocalGateways.start();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseManagement cases;

	@Autowired
	StaffContacts staff;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	private NotificationFixtures fixtures;

	private StaffContact gridLeader;

	@BeforeEach
	void setUp() {
		this.fixtures = new NotificationFixtures(this.jdbc, this.engine);
		this.gridLeader = this.staff.of("gridleader1").orElseThrow();
		EngineClockFixtures.setClock("2026-11-23T09:00");
	}

	@AfterEach
	void restore() {
		EngineClockFixtures.resetClock();
		this.jdbc.sql("delete from notification_preference where username in (:names)").param("names", CHOOSERS).update();
		assertThat(admin().putJson("/api/people/gridleader1", "{\"name\":\"" + this.gridLeader.name() + "\",\"phone\":\""
				+ this.gridLeader.phone() + "\",\"email\":null}").statusCode()).isLessThan(300);
	}

	@Test
	void eachNewTaskReachesTheHoldersOfItsRoleThroughTheChannelsTheyChose() throws Exception {
		choose("station1", "{\"channels\":[\"SMS\",\"WECOM\"],\"wecomWebhook\":\""
				+ this.gateways.robots.url("/cgi-bin/webhook/send?key=station1") + "\"}");
		choose("street1", "{\"channels\":[\"DINGTALK\"],\"dingtalkWebhook\":\""
				+ this.gateways.robots.url("/robot/send?access_token=street1") + "\",\"dingtalkSecret\":\"SECstreet\"}");
		String email = "gridleader1@example.cn";
		assertThat(admin().putJson("/api/people/gridleader1", "{\"name\":\"" + this.gridLeader.name() + "\",\"phone\":\""
				+ this.gridLeader.phone() + "\",\"email\":\"" + email + "\"}").statusCode()).isLessThan(300);
		assertThat(admin().putJson("/api/people/gridleader1/notification-preferences", "{\"channels\":[\"EMAIL\"]}")
			.statusCode()).isEqualTo(200);

		CaseId caseId = this.cases.openCase(new OpenCaseCommand("SANITATION", Severity.GENERAL, DemoDistrict.FIRST_GRID,
				"楼道堆放杂物，报告人张三电话13812345678", "顺河路8号", null, null, "PATROL"));
		String tracking = this.cases.findCase(caseId).orElseThrow().trackingNumber();

		Stored stationSms = this.fixtures.one(caseId, NotificationKind.TASK_CREATED, "station1", NotificationChannel.SMS);
		Stored stationWecom = this.fixtures.one(caseId, NotificationKind.TASK_CREATED, "station1", NotificationChannel.WECOM);
		this.fixtures.run(stationSms);
		this.fixtures.run(stationWecom);
		LocalGateways.Received sms = received(this.gateways.sms, stationSms);
		assertThat(sms.body().path("to").asText()).isEqualTo(this.staff.of("station1").orElseThrow().phone());
		assertThat(sms.text()).startsWith("【新任务】梳理上报案件：案件" + tracking + "（环境卫生，网格" + DemoDistrict.FIRST_GRID + "）");
		LocalGateways.Received wecom = received(this.gateways.robots, stationWecom);
		assertThat(wecom.uri()).isEqualTo("/cgi-bin/webhook/send?key=station1");
		assertThat(wecom.body().path("msgtype").asText()).isEqualTo("text");
		assertThat(wecom.body().path("text").path("content").asText()).contains(tracking)
			.contains(DemoDistrict.FIRST_GRID)
			.contains("办理时限")
			.doesNotContain("13812345678")
			.doesNotContain("张三")
			.doesNotContain("顺河路8号");

		this.fixtures.complete(tracking, "梳理上报案件", Map.of("sortingNote", "属实"));
		Stored streetDing = this.fixtures.one(caseId, NotificationKind.TASK_CREATED, "street1", NotificationChannel.DINGTALK);
		this.fixtures.run(streetDing);
		LocalGateways.Received ding = received(this.gateways.robots, streetDing);
		assertThat(ding.uri()).startsWith("/robot/send?access_token=street1&timestamp=");
		String timestamp = query(ding.uri(), "timestamp");
		assertThat(query(ding.uri(), "sign")).isEqualTo(sign(timestamp, "SECstreet"));
		assertThat(ding.body().path("text").path("content").asText()).contains("审核立案").contains(tracking);

		this.fixtures.complete(tracking, "审核立案", Map.of("registerDecision", "REGISTER"));
		Stored leaderMail = this.fixtures.one(caseId, NotificationKind.TASK_CREATED, "gridleader1", NotificationChannel.EMAIL);
		this.fixtures.run(leaderMail);
		MimeMessage mail = java.util.Arrays.stream(this.gateways.smtp.getReceivedMessages())
			.filter(message -> header(message).equals("<" + leaderMail.id() + "@gridcase>"))
			.findFirst()
			.orElseThrow();
		assertThat(mail.getSubject()).isEqualTo("新任务：网格内处置（" + tracking + "）");
		assertThat((String) mail.getContent()).contains(this.gridLeader.name() + "您好").contains("网格内处置");
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
	}

	@Test
	void lightsReachWhoeverHoldsTheCaseAndARedSafetyHazardIsAnEmergency() {
		CaseId caseId = this.cases.openCase(new OpenCaseCommand("SAFETY_HAZARD", Severity.MAJOR, DemoDistrict.FIRST_GRID,
				"楼道堆放液化气罐"));
		String tracking = this.cases.findCase(caseId).orElseThrow().trackingNumber();

		EngineClockFixtures.fireTimersDueBy(this.engine, tracking, "2026-11-23T12:00");

		Stored yellow = this.fixtures.one(caseId, NotificationKind.LIGHT_YELLOW, "station1", NotificationChannel.SMS);
		assertThat(yellow.body()).isEqualTo("【黄灯预警】案件" + tracking + "（安全隐患，网格" + DemoDistrict.FIRST_GRID
				+ "）临近时限2026-11-23 11:00，请抓紧办理。");
		assertThat(yellow.emergency()).isFalse();
		Stored red = this.fixtures.one(caseId, NotificationKind.LIGHT_RED, "station1", NotificationChannel.SMS);
		assertThat(red.body()).startsWith("【红灯督办】案件" + tracking);
		assertThat(red.emergency()).as("a red work-safety hazard of major severity").isTrue();
	}

	@Test
	void anEscalationReachesTheHoldersOfTheLevelItClimbedTo() {
		CaseId caseId = this.cases.openCase(new OpenCaseCommand("SANITATION", Severity.GENERAL, DemoDistrict.FIRST_GRID,
				"人行道井盖缺失"));
		String tracking = this.cases.findCase(caseId).orElseThrow().trackingNumber();
		this.fixtures.complete(tracking, "梳理上报案件", Map.of("sortingNote", "属实"));
		this.fixtures.complete(tracking, "审核立案", Map.of("registerDecision", "REGISTER"));

		EngineClockFixtures.fireTimersDueBy(this.engine, tracking, "2026-11-24T12:00");

		Stored escalated = this.fixtures.one(caseId, NotificationKind.CASE_ESCALATED, "station1", NotificationChannel.SMS);
		assertThat(escalated.body()).contains("由网格升级至社区工作站").contains(tracking);
		assertThat(escalated.emergency()).as("an escalation below the district waits for quiet hours").isFalse();
		assertThat(this.fixtures.of(caseId)).filteredOn(message -> message.kind() == NotificationKind.CASE_ESCALATED)
			.extracting(Stored::recipient)
			.doesNotContain("gridleader1");
	}

	@Test
	void quietHoursHoldAnOrdinaryMessageAndLetAnEmergencyThrough() {
		choose("station1", "{\"channels\":[\"SMS\"],\"quietStart\":\"22:00\",\"quietEnd\":\"07:00\"}");
		Instant late = EngineClockFixtures.setClock("2026-11-23T23:00");

		CaseId ordinary = this.cases.openCase(new OpenCaseCommand("SANITATION", Severity.GENERAL, DemoDistrict.FIRST_GRID,
				"夜间噪音扰民"));
		Stored held = this.fixtures.one(ordinary, NotificationKind.TASK_CREATED, "station1", NotificationChannel.SMS);
		Instant sevenNextMorning = LocalDateTime.parse("2026-11-24T07:00").atZone(District.ZONE).toInstant();
		assertThat(held.emergency()).isFalse();
		assertThat(held.dueAt()).isEqualTo(sevenNextMorning);
		assertThat(this.fixtures.jobOf(held.id()).getDuedate().toInstant()).isEqualTo(sevenNextMorning);
		assertThat(this.engine.getManagementService().createJobQuery().jobId(this.fixtures.jobOf(held.id()).getId())
			.executable().count()).isZero();

		CaseId emergency = this.cases.openCase(new OpenCaseCommand("SAFETY_HAZARD", Severity.EMERGENCY,
				DemoDistrict.FIRST_GRID, "燃气管道泄漏"));
		Stored through = this.fixtures.one(emergency, NotificationKind.TASK_CREATED, "station1", NotificationChannel.SMS);
		assertThat(through.emergency()).isTrue();
		assertThat(through.dueAt()).isEqualTo(late);
		assertThat(this.engine.getManagementService().createJobQuery().jobId(this.fixtures.jobOf(through.id()).getId())
			.executable().count()).isOne();
	}

	@Test
	void aWarningForAPlaceReachesTheHoldersOfTheRolesNamed() {
		String warningId = java.util.UUID.randomUUID().toString();
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new WarningRaised(warningId,
				DemoDistrict.FIRST_COMMUNITY, "橙色", "汛期防汛预警", "请立即排查低洼地带", true, List.of("COMMUNITY_STATION"))));

		List<String> bodies = this.jdbc.sql("select body from notification where dedupe_key like ? and recipient = 'station1'")
			.param("WARNING_RAISED:warning:" + warningId + ":%")
			.query(String.class)
			.list();
		assertThat(bodies).containsExactly("【橙色预警】" + placeName() + "：汛期防汛预警");
	}

	@Test
	void aPersonSetsTheirOwnPreferencesAndBadOnesAreRefused() {
		ApiClient station = ApiClient.as(this.port, "station1", "demo123");
		assertThat(station.get("/api/me/notification-preferences").body()).contains("\"isDefault\":true").contains("SMS");
		var bad = station.putJson("/api/me/notification-preferences",
				"{\"channels\":[\"FAX\",\"WECOM\"],\"wecomWebhook\":\"http://10.0.0.1/hook\",\"quietStart\":\"25:00\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("\"field\":\"channels[0]\"")
			.contains("\"field\":\"wecomWebhook\"")
			.contains("\"field\":\"quietStart\"");
		assertThat(station.get("/api/people/station1/notification-preferences").statusCode()).isEqualTo(403);
		assertThat(station.putJson("/api/people/street1/notification-preferences", "{\"channels\":[]}").statusCode())
			.isEqualTo(403);
		choose("station1", "{\"channels\":[\"EMAIL\"],\"quietStart\":\"21:30\",\"quietEnd\":\"06:30\"}");
		assertThat(station.get("/api/me/notification-preferences").body()).contains("\"channels\":[\"EMAIL\"]")
			.contains("\"quietStart\":\"21:30:00\"")
			.contains("\"isDefault\":false");
	}

	private String placeName() {
		return this.jdbc.sql("select name from grid where code = ?").param(DemoDistrict.FIRST_COMMUNITY).query(String.class).single();
	}

	private void choose(String username, String preferences) {
		var response = ApiClient.as(this.port, username, "demo123").putJson("/api/me/notification-preferences", preferences);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private ApiClient admin() {
		return ApiClient.as(this.port, "orgadmin", "demo123");
	}

	private static LocalGateways.Received received(LocalGateways.Recorder server, Stored stored) {
		List<LocalGateways.Received> found = server.received.stream()
			.filter(received -> stored.id().toString().equals(received.idempotencyKey())
					|| received.body().path("text").path("content").asText().equals(stored.body())
							&& received.uri().contains(stored.address().substring(stored.address().indexOf("/", 8))))
			.toList();
		assertThat(found).as("received once: " + stored).hasSize(1);
		return found.get(0);
	}

	private static String query(String uri, String name) {
		for (String pair : uri.substring(uri.indexOf('?') + 1).split("&")) {
			if (pair.startsWith(name + "=")) {
				return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no " + name + " in " + uri);
	}

	private static String sign(String timestamp, String secret) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
	}

	private static String header(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
