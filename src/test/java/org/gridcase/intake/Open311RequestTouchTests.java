package org.gridcase.intake;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.SqlStatements;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Open311 request follows its case's steps without making the completion that moved the case
 * write the case record twice (issue 13): the touch made Hibernate flush the whole session
 * mid-command, so the case record was updated there and again at commit.
 */
@IntegrationTest
class Open311RequestTouchTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	GridDirectory grids;

	@Test
	void aCompletionMarksTheRequestUpdatedAndWritesTheCaseRecordOnce() throws Exception {
		String trackingNumber = fileOpen311Request();
		String caseTrackingNumber = this.jdbc.queryForObject("""
				select c.tracking_number from case_record c join report r on r.case_id = c.id where r.tracking_number = ?""",
				String.class, trackingNumber);
		Task sorting = this.tasks.createTaskQuery()
			.processDefinitionKey("CaseLifecycleProcess")
			.processInstanceBusinessKey(caseTrackingNumber)
			.singleResult();
		Timestamp filed = updatedAt(trackingNumber);

		try (SqlStatements sql = SqlStatements.record()) {
			this.tasks.complete(sorting.getId(), Map.of("sortingNote", "属实，已定位"));

			long caseRecordUpdates = sql.matching(text -> text.startsWith("update case_record")).size();
			System.out.printf("Open311RequestTouch, one completion: %d updates of case_record%n", caseRecordUpdates);
			assertThat(caseRecordUpdates).isEqualTo(1);
			assertThat(sql.matching(text -> text.startsWith("update open311_request"))).hasSize(1);
			// marked just before the commit, after the session was written: no flush or dirty check mid-command
			List<String> writes = sql.matching(text -> text.startsWith("update case_record") || text.startsWith("update open311_request"));
			assertThat(writes.get(1)).startsWith("update open311_request");
		}
		assertThat(updatedAt(trackingNumber)).isAfter(filed);
	}

	/** A staff member's Open311 request in a grid far from every open case, so that it opens a case of its own. */
	private String fileOpen311Request() throws Exception {
		GridView grid = GridsWithoutOpenCases.any(this.grids, this.jdbc);
		Map<String, String> fields = Map.of("service_code", "02-01", "lat", String.valueOf(grid.lat()), "long",
				String.valueOf(grid.lon()), "description", "游商占道经营，堵塞人行道", "address_string", "东大街12号",
				"first_name", "三", "last_name", "张");
		ApiClient client = ApiClient.as(this.port, "district1", "demo123");
		HttpResponse<String> created = client.send(client.request("/open311/v2/requests.json")
			.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			.POST(BodyPublishers.ofString(fields.entrySet()
				.stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&")), StandardCharsets.UTF_8)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return new ObjectMapper().readTree(created.body()).get(0).path("service_request_id").asText();
	}

	private Timestamp updatedAt(String trackingNumber) {
		return this.jdbc.queryForObject("select updated_at from open311_request where tracking_number = ?",
				Timestamp.class, trackingNumber);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
