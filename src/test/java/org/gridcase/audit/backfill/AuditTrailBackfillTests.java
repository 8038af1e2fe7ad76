package org.gridcase.audit.backfill;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.audit.AuditEvent;
import org.gridcase.audit.AuditTrail;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.platform.cockpit.FinishedCase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case worked to the end whose trail is missing (as for cases older than the trail): the
 * backfill derives its events from the engine's history and the case record, appends them to
 * the chain marked as backfilled, the chain verifies, and a second run adds nothing.
 */
@IntegrationTest
class AuditTrailBackfillTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	AuditTrailBackfill backfill;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void caseWithoutTrailGetsItFromEngineHistoryOnceAndTheChainVerifies() throws Exception {
		JsonNode receipt = this.json.readTree(ApiClient.as(this.port, "gridworker1", "demo123").postJson("/api/reports",
				"{\"channel\":\"PATROL\",\"subcategory\":\"01-01\",\"description\":\"小区门口堆放装修垃圾\",\"gridCode\":\""
						+ DemoDistrict.FIRST_GRID + "\",\"reporter\":{\"name\":\"张伟\"}}")
			.body());
		UUID caseId = UUID.fromString(receipt.path("caseId").asText());
		String trackingNumber = receipt.path("trackingNumber").asText();
		new FinishedCase(this.port, trackingNumber).workToTheEnd();
		new TrailRemoval(this.jdbc, this.transaction).removeTrailOf(caseId);
		assertThat(timeline(caseId)).isEmpty();

		int appended = this.backfill.backfillCasesWithoutTrail();

		List<String> timeline = timeline(caseId);
		assertThat(appended).isGreaterThanOrEqualTo(timeline.size());
		assertThat(timeline).containsSubsequence(
				"gridworker1 CASE_OPENED 案件受理，所在网格 " + DemoDistrict.FIRST_GRID,
				"station1 TASK_CLAIMED 认领任务: 梳理上报案件",
				"station1 TASK_COMPLETED 完成任务: 梳理上报案件（梳理意见（分类、定位、是否重复）: 属实，已定位）",
				"station1 STEP_ENTERED 进入环节: 建档立案",
				"street1 TASK_COMPLETED 完成任务: 审核立案（审核结论: 立案）",
				"gridleader1 TASK_CLAIMED 认领任务: 网格内处置",
				"gridleader1 TASK_COMPLETED 完成任务: 网格内处置（处置情况: 已督促清理，本级能否解决: 是）",
				"inspector1 TASK_COMPLETED 完成任务: 核查处置结果（问题是否已解决: 是，核查情况: 已核实）",
				"station1 TASK_COMPLETED 完成任务: 回访评价（群众满意度: 满意）");
		assertThat(timeline).contains("gridworker1 REPORT_RECEIVED 收到报告 " + trackingNumber + "（渠道: 网格巡查）");
		List<AuditEvent> events = this.transaction.execute(status -> this.trail.eventsOf(caseId));
		assertThat(events).allSatisfy(event -> assertThat(event.data()).containsEntry("backfilled", true)
			.containsKey("source"));
		JsonNode verification = this.json.readTree(ApiClient.as(this.port, "auditor1", "demo123").get("/api/audit/verify").body());
		assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isTrue();

		assertThat(this.backfill.backfillCasesWithoutTrail()).isZero();
		assertThat(timeline(caseId)).hasSize(timeline.size());
	}

	private List<String> timeline(UUID caseId) throws Exception {
		JsonNode detail = this.json.readTree(ApiClient.as(this.port, "auditor1", "demo123").get("/api/cases/" + caseId).body());
		return StreamSupport.stream(detail.path("timeline").spliterator(), false)
			.map(entry -> entry.path("actor").asText() + " " + entry.path("kind").asText() + " " + entry.path("text").asText())
			.toList();
	}

}
