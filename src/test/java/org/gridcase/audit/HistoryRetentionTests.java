package org.gridcase.audit;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.platform.cockpit.FinishedCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Engine history is cleaned up once a finished case's time to live has passed; the audit trail
 * is not: it still verifies and the case's timeline still reads from it.
 */
@IntegrationTest
class HistoryRetentionTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Autowired
	AuditChainVerifier verifier;

	@AfterEach
	void resetEngineClock() {
		ClockUtil.reset();
	}

	@Test
	void engineHistoryCleanupRemovesAFinishedCaseWhileItsAuditTrailAndTimelineRemain() throws Exception {
		HttpResponse<String> filed = ApiClient.as(this.port, "gridworker1", "demo123")
			.postJson("/api/reports", "{\"channel\":\"PATROL\",\"subcategory\":\"01-01\",\"description\":\"河堤边堆放生活垃圾\","
					+ "\"gridCode\":\"" + DemoDistrict.FIRST_GRID + "\",\"reporter\":{\"name\":\"张伟\"}}");
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode receipt = this.json.readTree(filed.body());
		String trackingNumber = receipt.path("trackingNumber").asText();
		new FinishedCase(this.port, trackingNumber).workToTheEnd();
		assertThat(historicInstances(trackingNumber)).isEqualTo(2);
		List<String> timelineBefore = timeline(receipt.path("caseId").asText());

		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(5 * 365 + 5))));
		cleanUpHistory();

		assertThat(historicInstances(trackingNumber)).isZero();
		assertThat(this.verifier.verify().valid()).isTrue();
		assertThat(timelineBefore).contains("station1 TASK_COMPLETED", "inspector1 TASK_COMPLETED");
		assertThat(timeline(receipt.path("caseId").asText())).isEqualTo(timelineBefore);
	}

	private long historicInstances(String trackingNumber) {
		return this.historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(trackingNumber).count();
	}

	/** Runs the cleanup job until it has nothing left to remove (it takes a batch at a time). */
	private void cleanUpHistory() {
		Job cleanup = this.historyService.cleanUpHistoryAsync(true);
		for (int run = 0; run < 200 && cleanup != null; run++) {
			this.managementService.executeJob(cleanup.getId());
			cleanup = this.historyService.findHistoryCleanupJobs()
				.stream()
				.filter(job -> job.getDuedate() != null && !job.getDuedate().after(ClockUtil.getCurrentTime()))
				.findFirst()
				.orElse(null);
		}
	}

	/** The case's timeline as station1 reads it: "actor kind" per event. */
	private List<String> timeline(String caseId) throws Exception {
		HttpResponse<String> detail = ApiClient.as(this.port, "station1", "demo123").get("/api/cases/" + caseId);
		assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
		List<String> timeline = new java.util.ArrayList<>();
		this.json.readTree(detail.body())
			.path("timeline")
			.forEach(entry -> timeline.add(entry.path("actor").asText() + " " + entry.path("kind").asText()));
		return timeline;
	}

}
