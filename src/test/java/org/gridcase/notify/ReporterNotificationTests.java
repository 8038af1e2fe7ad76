package org.gridcase.notify;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.gridcase.ApiClient;
import org.gridcase.EngineClockFixtures;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseStep;
import org.gridcase.cases.CaseView;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.intake.ReporterContacts.ReporterContact;
import org.gridcase.notify.NotificationFixtures.Stored;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident who reported a problem with a phone number and an e-mail address hears back by SMS
 * (the local gateway) and e-mail (GreenMail) when the case is registered, handled (with the
 * satisfaction link) and closed, or rejected with the reason; the link works once, without login,
 * and the answer lands in the case's evaluation.
 */
@IntegrationTest
class ReporterNotificationTests {

	private static final Pattern LINK = Pattern.compile("http://gridcase\\.test(/visit/[A-Za-z0-9_-]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final ObjectMapper json = new ObjectMapper();

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
	SatisfactionVisits visits;

	private NotificationFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new NotificationFixtures(this.jdbc, this.engine);
		EngineClockFixtures.setClock("2026-11-23T09:00");
	}

	@AfterEach
	void resetClock() {
		EngineClockFixtures.resetClock();
	}

	@Test
	void reporterHearsBackAtEachStepAndAnswersTheSatisfactionVisitOnceWithoutLoggingIn() throws Exception {
		String email = "reporter-" + UUID.randomUUID() + "@example.cn";
		JsonNode receipt = report("13900001111", email);
		String tracking = receipt.path("trackingNumber").asText();
		CaseId caseId = new CaseId(UUID.fromString(receipt.path("caseId").asText()));

		this.fixtures.complete(tracking, "梳理上报案件", Map.of("sortingNote", "属实"));
		this.fixtures.complete(tracking, "审核立案", Map.of("registerDecision", "REGISTER"));
		Stored registeredSms = this.fixtures.one(caseId, NotificationKind.CASE_REGISTERED, tracking, NotificationChannel.SMS);
		Stored registeredMail = this.fixtures.one(caseId, NotificationKind.CASE_REGISTERED, tracking,
				NotificationChannel.EMAIL);
		this.fixtures.run(registeredSms);
		this.fixtures.run(registeredMail);

		LocalGateways.Received sms = smsFor(registeredSms.id());
		assertThat(sms.authorization()).isEqualTo("Bearer test-sms-token");
		assertThat(sms.body().path("to").asText()).isEqualTo("13900001111");
		assertThat(sms.body().path("id").asText()).isEqualTo(registeredSms.id().toString());
		assertThat(sms.text()).contains("受理号" + tracking).contains("已立案");
		MimeMessage mail = mailTo(email).get(0);
		assertThat(mail.getSubject()).isEqualTo("您反映的问题已立案（" + tracking + "）");
		assertThat((String) mail.getContent()).contains("王女士您好").contains("“环境卫生”问题").contains(tracking);
		assertThat(mail.getMessageID()).isEqualTo("<" + registeredMail.id() + "@gridcase>");

		this.fixtures.complete(tracking, "网格内处置", Map.of("handlingResult", "已清理", "solvedHere", "YES"));
		this.fixtures.complete(tracking, "反馈处置结果", Map.of("feedbackResult", "垃圾已清运"));
		this.fixtures.complete(tracking, "核查处置结果", Map.of("problemFixed", "YES", "verificationNote", "已核实"));
		Stored handled = this.fixtures.one(caseId, NotificationKind.CASE_HANDLED, tracking, NotificationChannel.SMS);
		this.fixtures.run(handled);
		String text = smsFor(handled.id()).text();
		assertThat(text).contains("请对处理结果进行评价");
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		String path = link.group(1);

		Visitor visitor = new Visitor();
		HttpResponse<String> page = visitor.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
		assertThat(page.body()).contains("满意度回访").contains(tracking).contains("非常满意").contains("name=\"viewport\"");
		HttpResponse<String> answered = visitor.answer(path, page.body(), "SATISFIED", "处理及时，谢谢");
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		assertThat(answered.body()).contains("感谢您的评价").contains("满意");

		String instance = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(tracking)
			.taskNameLike("回访评价%")
			.singleResult()
			.getProcessInstanceId();
		assertThat(this.engine.getRuntimeService().getVariable(instance, "satisfaction")).isEqualTo("SATISFIED");
		assertThat((String) this.engine.getRuntimeService().getVariable(instance, "visitNote"))
			.contains("群众通过回访链接评价").contains("满意").contains("处理及时，谢谢");

		assertThat(this.jdbc.sql("select count(*) from audit_event where case_id = ? and type = 'SATISFACTION_ANSWERED'")
			.param(caseId.value())
			.query(Long.class)
			.single()).isOne();

		HttpResponse<String> again = visitor.answer(path, page.body(), "DISSATISFIED", null);
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).contains("您已评价过");
		assertThat(new Visitor().get(path).body()).contains("此评价链接已使用过");
		assertThat(this.engine.getRuntimeService().getVariable(instance, "satisfaction")).isEqualTo("SATISFIED");

		this.fixtures.complete(tracking, "回访评价", Map.of());
		CaseView closed = this.cases.findCase(caseId).orElseThrow();
		assertThat(closed.step()).isEqualTo(CaseStep.CLOSED);
		assertThat(closed.satisfaction()).isEqualTo("SATISFIED");
		Stored closedMail = this.fixtures.one(caseId, NotificationKind.CASE_CLOSED, tracking, NotificationChannel.EMAIL);
		this.fixtures.run(closedMail);
		assertThat(mailTo(email)).extracting(MimeMessage::getSubject)
			.contains("您反映的问题已办结（" + tracking + "）");
		assertThat(this.jdbc.sql("select token_hash from satisfaction_token where tracking_number = ?")
			.param(tracking)
			.query(String.class)
			.single()).hasSize(64).doesNotContain(path.substring("/visit/".length()));
	}

	@Test
	void rejectedReporterLearnsTheReason() throws Exception {
		JsonNode receipt = report("13900002222", null);
		String tracking = receipt.path("trackingNumber").asText();
		CaseId caseId = new CaseId(UUID.fromString(receipt.path("caseId").asText()));

		this.fixtures.complete(tracking, "梳理上报案件", Map.of("sortingNote", "不属实"));
		this.fixtures.complete(tracking, "审核立案", Map.of("registerDecision", "REJECT", "rejectionReason", "OUTSIDE_JURISDICTION"));

		assertThat(this.fixtures.of(caseId)).filteredOn(stored -> stored.recipient().equals(tracking))
			.extracting(Stored::kind, Stored::channel)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.CASE_REJECTED, NotificationChannel.SMS));
		Stored rejected = this.fixtures.one(caseId, NotificationKind.CASE_REJECTED, tracking, NotificationChannel.SMS);
		this.fixtures.run(rejected);
		assertThat(smsFor(rejected.id()).text()).contains("未予立案").contains("原因：不属管辖范围");
	}

	@Test
	void anExpiredOrUnknownLinkGetsAClearChinesePage() throws Exception {
		JsonNode receipt = report("13900003333", null);
		CaseId caseId = new CaseId(UUID.fromString(receipt.path("caseId").asText()));
		String link = this.visits
			.invite(caseId, new ReporterContact(UUID.randomUUID(), receipt.path("trackingNumber").asText(), "王女士",
					"13900003333", null))
			.orElseThrow();
		String path = link.substring("http://gridcase.test".length());

		EngineClockFixtures.setClock("2026-12-01T09:00");
		HttpResponse<String> expired = new Visitor().get(path);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("评价链接已过期").contains("12345");

		HttpResponse<String> unknown = new Visitor().get("/visit/not-a-token");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("链接无效");
	}

	@Test
	void theSatisfactionPageIsRateLimitedPerClientAddress() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/visit/guess"))
			.header("X-Forwarded-For", "203.0.113.61")
			.GET()
			.build();
		List<Integer> statuses = new java.util.ArrayList<>();
		for (int i = 0; i < 21; i++) {
			statuses.add(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
		}
		assertThat(statuses.subList(0, 20)).containsOnly(404);
		assertThat(statuses.get(20)).isEqualTo(429);
	}

	private JsonNode report(String phone, String email) throws Exception {
		String reporter = "{\"name\":\"王女士\",\"phone\":\"" + phone + "\""
				+ (email == null ? "" : ",\"email\":\"" + email + "\"") + "}";
		String body = "{\"channel\":\"WEB\",\"subcategory\":\"01-01\",\"gridCode\":\"" + DemoDistrict.FIRST_GRID
				+ "\",\"description\":\"小区门口垃圾堆放多日无人清运\",\"address\":\"顺河路12号\",\"reporter\":" + reporter + "}";
		HttpResponse<String> response = ApiClient.as(this.port, "station1", "demo123").postJson("/api/reports", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return this.json.readTree(response.body());
	}

	private LocalGateways.Received smsFor(UUID notificationId) {
		return this.gateways.sms.received.stream()
			.filter(received -> notificationId.toString().equals(received.idempotencyKey()))
			.reduce((first, second) -> {
				throw new AssertionError("sent twice: " + notificationId);
			})
			.orElseThrow(() -> new AssertionError("not sent: " + notificationId));
	}

	private List<MimeMessage> mailTo(String address) {
		return java.util.Arrays.stream(this.gateways.smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** A resident's phone browser: no login, keeps its cookies. */
	private final class Visitor {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> get(String path) throws Exception {
			return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Submits the form of the page (with its CSRF token, if the page has one). */
		HttpResponse<String> answer(String path, String page, String satisfaction, String comment) throws Exception {
			HttpResponse<String> fresh = get(path);
			Matcher csrf = CSRF.matcher(fresh.statusCode() == 200 ? fresh.body() : page);
			String form = (csrf.find() ? "_csrf=" + encode(csrf.group(1)) + "&" : "") + "satisfaction=" + satisfaction
					+ (comment == null ? "" : "&comment=" + encode(comment));
			return this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + ReporterNotificationTests.this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
