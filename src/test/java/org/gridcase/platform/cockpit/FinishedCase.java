package org.gridcase.platform.cockpit;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Works a freshly opened sanitation case through the engine REST API, as the demo district's
 * people would in Tasklist, until it is closed.
 */
public final class FinishedCase {

	private final ObjectMapper json = new ObjectMapper();

	private final int port;

	private final String trackingNumber;

	public FinishedCase(int port, String trackingNumber) {
		this.port = port;
		this.trackingNumber = trackingNumber;
	}

	public void workToTheEnd() throws Exception {
		work("station1", "梳理上报案件", Map.of("sortingNote", "属实，已定位"));
		work("street1", "审核立案", Map.of("registerDecision", "REGISTER"));
		work("gridleader1", "网格内处置", Map.of("handlingResult", "已督促清理", "solvedHere", "YES"));
		work("gridworker1", "反馈处置结果", Map.of("feedbackResult", "杂物已清理"));
		work("inspector1", "核查处置结果", Map.of("problemFixed", "YES", "verificationNote", "已核实"));
		work("station1", "回访评价", Map.of("satisfaction", "SATISFIED"));
	}

	private void work(String username, String taskName, Map<String, String> variables) throws Exception {
		ApiClient user = ApiClient.as(this.port, username, "demo123");
		JsonNode tasks = this.json.readTree(user.get("/engine-rest/task?candidateUser=" + username
				+ "&processInstanceBusinessKey=" + this.trackingNumber + "&includeAssignedTasks=true").body());
		JsonNode task = tasks.get(0);
		assertThat(task.path("name").asText()).startsWith(taskName + " · ");
		String taskId = task.path("id").asText();
		assertThat(user.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + username + "\"}").statusCode())
			.isEqualTo(204);
		StringBuilder body = new StringBuilder("{\"variables\":{");
		variables.forEach((name, value) -> body.append('"').append(name).append("\":{\"value\":\"").append(value)
			.append("\",\"type\":\"String\"},"));
		body.setLength(body.length() - 1);
		body.append("}}");
		HttpResponse<String> completed = user.postJson("/engine-rest/task/" + taskId + "/complete", body.toString());
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
	}

}
