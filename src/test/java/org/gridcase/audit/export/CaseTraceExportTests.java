package org.gridcase.audit.export;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.TestDatabase;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.grid.GridDirectory;
import org.gridcase.platform.cockpit.FinishedCase;
import org.gridcase.shared.District;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sanitation case filed by a grid worker and worked to the end by six people: its trace as
 * a printable page, a PDF (Chinese font embedded) and a CSV, the audit events of a period as
 * CSV, each export recorded in the audit trail, and who may take them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseTraceExportTests {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GridDirectory grids;

	private String caseId;

	private String trackingNumber;

	@BeforeAll
	void workACaseToTheEnd() throws Exception {
		HttpResponse<String> filed = user("gridworker1").postJson("/api/reports",
				"{\"channel\":\"PATROL\",\"subcategory\":\"01-01\",\"description\":\"单元门口堆放装修垃圾\","
						+ "\"address\":\"金水路 12 号院 3 号楼\",\"gridCode\":\"" + DemoDistrict.FIRST_GRID
						+ "\",\"reporter\":{\"name\":\"张伟\"}}");
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode receipt = this.json.readTree(filed.body());
		this.caseId = receipt.path("caseId").asText();
		this.trackingNumber = receipt.path("trackingNumber").asText();
		new FinishedCase(this.port, this.trackingNumber).workToTheEnd();
	}

	@Test
	void timelineShowsFormValuesByTheirLabelsAndKeepsTheKeys() throws Exception {
		JsonNode handled = completion(timeline(), "网格内处置");
		assertThat(handled.path("text").asText()).isEqualTo("完成任务: 网格内处置（处置情况: 已督促清理，本级能否解决: 是）");
		assertThat(handled.path("values").get(1).path("key").asText()).isEqualTo("solvedHere");
		assertThat(handled.path("values").get(1).path("label").asText()).isEqualTo("本级能否解决");
		assertThat(handled.path("values").get(1).path("value").asText()).isEqualTo("YES");
		assertThat(handled.path("values").get(1).path("display").asText()).isEqualTo("是");
		assertThat(completion(timeline(), "回访评价").path("text").asText()).endsWith("（群众满意度: 满意）");
	}

	@Test
	void pdfHoldsTheWholeTraceInAnEmbeddedChineseFont() throws Exception {
		HttpResponse<byte[]> pdf = download("auditor1", "/api/cases/" + this.trackingNumber + "/trace.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(fileName(pdf)).isEqualTo("案件追溯材料_" + this.trackingNumber + "_" + today() + ".pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename*=UTF-8''");

		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(this.trackingNumber, "案件追溯材料（责任倒查）", "环境卫生", "金水路 12 号院 3 号楼",
					"网格巡查", "已结案", "梳理上报案件", "审核立案", "网格内处置", "反馈处置结果", "核查处置结果", "回访评价",
					"gridworker1", "station1", "street1", "gridleader1", "inspector1", "王建国", "处置情况：已督促清理",
					"哈希校验通过", "第 1 页，共");
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					PDFontDescriptor descriptor = font.getFontDescriptor();
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(descriptor.getFontFile2() != null || descriptor.getFontFile3() != null)
						.as(font.getName())
						.isTrue();
					assertThat(font.getName()).contains("NotoSansSC");
				}
			}
		}
	}

	@Test
	void csvHasOneRowPerEventWithFormValuesByLabel() throws Exception {
		List<JsonNode> timeline = timeline();
		HttpResponse<byte[]> csv = download("auditor1", "/api/cases/" + this.caseId + "/trace.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(fileName(csv)).isEqualTo("案件追溯材料_" + this.trackingNumber + "_" + today() + ".csv");
		List<CSVRecord> rows = parse(csv.body());

		assertThat(rows).hasSize(timeline.size());
		CSVRecord handled = rows.stream()
			.filter(row -> row.get("内容").equals("完成任务: 网格内处置"))
			.findFirst()
			.orElseThrow();
		assertThat(handled.get("操作人账号")).isEqualTo("gridleader1");
		assertThat(handled.get("操作人姓名")).isEqualTo("王建国");
		assertThat(handled.get("操作人角色"))
			.isEqualTo("网格长 · " + this.grids.find(DemoDistrict.FIRST_GRID).orElseThrow().name());
		assertThat(handled.get("表单字段")).isEqualTo("处置情况: 已督促清理；本级能否解决: 是");
		assertThat(handled.get("表单原始值")).isEqualTo("handlingResult=已督促清理；solvedHere=YES");
		assertThat(rows.get(0).get("事件类型")).isEqualTo(timeline.get(0).path("kind").asText());
	}

	@Test
	void eachExportIsAnAuditEventAndTheChainStillVerifies() throws Exception {
		long exportsBefore = exportsOfThisCase();
		assertThat(download("auditor1", "/api/cases/" + this.caseId + "/trace.pdf").statusCode()).isEqualTo(200);
		assertThat(download("auditor1", "/api/cases/" + this.caseId + "/trace.csv").statusCode()).isEqualTo(200);
		assertThat(exportsOfThisCase()).isEqualTo(exportsBefore + 2);
		JsonNode last = timeline().get(timeline().size() - 1);
		assertThat(last.path("actor").asText()).isEqualTo("auditor1");
		assertThat(last.path("text").asText()).startsWith("导出案件追溯材料（CSV，");

		Long periodExportsBefore = periodExports();
		assertThat(download("auditor1", "/api/audit/events.csv?from=" + today(0) + "&to=" + today(0)).statusCode())
			.isEqualTo(200);
		assertThat(periodExports()).isEqualTo(periodExportsBefore + 1);

		JsonNode verified = this.json.readTree(user("auditor1").get("/api/audit/verify").body());
		assertThat(verified.path("valid").asBoolean()).as(verified.toString()).isTrue();
	}

	@Test
	void periodCsvHoldsTheEventsOfThePeriodAndPlaceOnly() throws Exception {
		LocalDate today = LocalDate.now(District.ZONE);
		List<CSVRecord> ofToday = parse(download("auditor1", "/api/audit/events.csv?from=" + today + "&to=" + today
				+ "&place=" + DemoDistrict.FIRST_GRID).body());
		List<String> kindsOfThisCase = ofToday.stream()
			.filter(row -> row.get("案件标识").equals(this.caseId))
			.map(row -> row.get("事件类型"))
			.toList();
		assertThat(kindsOfThisCase).contains("REPORT_RECEIVED", "CASE_OPENED", "TASK_CLAIMED", "TASK_COMPLETED",
				"STEP_ENTERED");
		assertThat(ofToday).allSatisfy(row -> assertThat(
				LocalDateTime.parse(row.get("时间（北京时间）"), TIME).toLocalDate()).isEqualTo(today));
		assertThat(ofToday).allSatisfy(row -> assertThat(row.get("案件标识")).isNotEmpty());

		List<CSVRecord> ofYesterday = parse(download("auditor1",
				"/api/audit/events.csv?from=" + today.minusDays(1) + "&to=" + today.minusDays(1)).body());
		assertThat(ofYesterday).noneMatch(row -> row.get("案件标识").equals(this.caseId));
		List<CSVRecord> ofAnotherStreet = parse(download("auditor1", "/api/audit/events.csv?from=" + today + "&to="
				+ today + "&place=" + DemoDistrict.OTHER_STREET_GRID).body());
		assertThat(ofAnotherStreet).noneMatch(row -> row.get("案件标识").equals(this.caseId));
	}

	@Test
	void badPeriodsAreRefusedNamingTheField() throws Exception {
		assertProblem("/api/audit/events.csv?from=2026-13-01&to=2026-11-30", "from");
		assertProblem("/api/audit/events.csv?from=2026-11-01", "to");
		assertProblem("/api/audit/events.csv?from=2026-11-30&to=2026-11-01", "to");
		assertProblem("/api/audit/events.csv?from=2026-01-01&to=2026-12-31", "to");
		assertProblem("/api/audit/events.csv?from=2026-11-01&to=2026-11-30&place=999", "place");
	}

	@Test
	void whoMayTakeTheTrace() {
		assertThat(download("gridleader2", "/api/cases/" + this.caseId + "/trace.pdf").statusCode()).isEqualTo(403);
		assertThat(download("gridleader2", "/api/cases/" + this.caseId + "/trace.csv").statusCode()).isEqualTo(403);
		HttpResponse<String> forbiddenPage = page("gridleader2", "/cases/" + this.caseId + "/trace");
		assertThat(forbiddenPage.statusCode()).isEqualTo(403);
		assertThat(forbiddenPage.body()).contains("无权访问");
		assertThat(download("gridleader1", "/api/cases/" + this.caseId + "/trace.csv").statusCode()).isEqualTo(200);
		assertThat(download("auditor1", "/api/cases/" + this.caseId + "/trace.csv").statusCode()).isEqualTo(200);
		assertThat(ApiClient.anonymous(this.port)
			.send(ApiClient.anonymous(this.port).request("/api/cases/" + this.caseId + "/trace.pdf").GET())
			.statusCode()).isEqualTo(401);
		assertThat(download("auditor1", "/api/cases/GC000000000000/trace.pdf").statusCode()).isEqualTo(404);

		String period = "/api/audit/events.csv?from=2026-11-01&to=2026-11-30";
		assertThat(download("gridleader1", period).statusCode()).isEqualTo(403);
		assertThat(download("district1", period).statusCode()).isEqualTo(200);
		assertThat(download("orgadmin", period + "&place=" + DemoDistrict.FIRST_GRID).statusCode()).isEqualTo(200);
		assertThat(ApiClient.anonymous(this.port).get(period).statusCode()).isEqualTo(401);
	}

	@Test
	void printablePageListsEveryEventWithItsActorAndLinksToTheExports() throws Exception {
		int events = timeline().size();
		HttpResponse<String> page = page("auditor1", "/cases/" + this.trackingNumber + "/trace");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		Document html = Jsoup.parse(page.body());

		assertThat(html.select("#tracking-number").text()).isEqualTo(this.trackingNumber);
		assertThat(html.select("tr.event")).hasSize(events);
		assertThat(html.select("tr.event[data-kind=TASK_COMPLETED] td.actor").eachText()).contains(
				"吴敏（station1） 社区工作站 · " + this.grids.find(DemoDistrict.FIRST_GRID.substring(0, 12)).orElseThrow().name());
		assertThat(html.select("tr.event td.text li").eachText()).contains("处置情况：已督促清理", "本级能否解决：是",
				"问题是否已解决：是", "群众满意度：满意");
		assertThat(html.select("#chain").text()).contains("哈希校验通过");
		assertThat(html.select("#pdf-link").attr("href")).isEqualTo("/api/cases/" + this.trackingNumber + "/trace.pdf");
		assertThat(html.select("#csv-link").attr("href")).isEqualTo("/api/cases/" + this.trackingNumber + "/trace.csv");
		assertThat(html.select("#print")).hasSize(1);

		HttpResponse<String> unknown = page("auditor1", "/cases/GC000000000000/trace");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("不存在");
	}

	@Test
	void printablePageNamesTheFirstBrokenLinkOfTheCase() throws Exception {
		Long altered = this.jdbc.queryForObject("select min(sequence) from audit_event where case_id = ?::uuid"
				+ " and type = 'TASK_COMPLETED'", Long.class, this.caseId);
		String original = this.jdbc.queryForObject("select data from audit_event where sequence = ?", String.class,
				altered);
		TestDatabase.updateOneRowWithoutTriggers("update audit_event set data = replace(data, '属实', '不实') where sequence = ?", altered);
		try {
			Document html = Jsoup.parse(user("auditor1").get("/cases/" + this.caseId + "/trace").body());
			assertThat(html.select("#chain").text()).contains("审计链在第 " + altered + " 条记录处断开", "篡改");
		}
		finally {
			TestDatabase.updateOneRowWithoutTriggers("update audit_event set data = ? where sequence = ?", original, altered);
		}
		assertThat(Jsoup.parse(user("auditor1").get("/cases/" + this.caseId + "/trace").body()).select("#chain").text())
			.contains("哈希校验通过");
	}

	private List<JsonNode> timeline() throws Exception {
		HttpResponse<String> detail = user("auditor1").get("/api/cases/" + this.caseId);
		assertThat(detail.statusCode()).isEqualTo(200);
		List<JsonNode> entries = new ArrayList<>();
		this.json.readTree(detail.body()).path("timeline").forEach(entries::add);
		return entries;
	}

	private static JsonNode completion(List<JsonNode> timeline, String task) {
		return timeline.stream()
			.filter(entry -> entry.path("kind").asText().equals("TASK_COMPLETED")
					&& entry.path("text").asText().startsWith("完成任务: " + task))
			.findFirst()
			.orElseThrow();
	}

	private long exportsOfThisCase() {
		return this.jdbc.queryForObject("select count(*) from audit_event where case_id = ?::uuid and type = 'TRACE_EXPORTED'",
				Long.class, this.caseId);
	}

	private Long periodExports() {
		return this.jdbc.queryForObject("select count(*) from audit_event where type = 'EVENTS_EXPORTED' and actor = 'auditor1'",
				Long.class);
	}

	private void assertProblem(String path, String field) throws Exception {
		HttpResponse<String> answer = user("auditor1").get(path);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(this.json.readTree(answer.body()).path("errors").get(0).path("field").asText()).isEqualTo(field);
	}

	private static List<CSVRecord> parse(byte[] csv) throws Exception {
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
	}

	private static String fileName(HttpResponse<?> download) {
		return ContentDisposition.parse(download.headers().firstValue("Content-Disposition").orElseThrow()).getFilename();
	}

	private static String today() {
		return LocalDate.now(District.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);
	}

	private static LocalDate today(int plusDays) {
		return LocalDate.now(District.ZONE).plusDays(plusDays);
	}

	private HttpResponse<byte[]> download(String username, String path) {
		ApiClient client = user(username);
		return client.send(client.request(path).GET(), BodyHandlers.ofByteArray());
	}

	/** A page as a browser asks for it. */
	private HttpResponse<String> page(String username, String path) {
		ApiClient client = user(username);
		return client.send(client.request(path).header("Accept", "text/html").GET());
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

}
