package org.gridcase.intake;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Works a case of the demo district's first grid through its whole loop over the engine REST
 * API, as its people do in Tasklist: sorted by the station, registered by the street center,
 * handled by the grid leader, fed back by the grid worker, verified by the inspector and
 * evaluated by the station.
 */
final class CaseWork {

	private static final ObjectMapper JSON = new ObjectMapper();

	private CaseWork() {
	}

	/** Closes the case a report opened (its business key is the report's tracking number). */
	static void closeCaseOfReport(int port, String trackingNumber) throws Exception {
		complete(port, trackingNumber, "station1", "梳理上报案件", Map.of("sortingNote", "属实，已定位"));
		complete(port, trackingNumber, "street1", "审核立案", Map.of("registerDecision", "REGISTER"));
		complete(port, trackingNumber, "gridleader1", "网格内处置", Map.of("handlingResult", "已更换井盖", "solvedHere", "YES"));
		complete(port, trackingNumber, "gridworker1", "反馈处置结果", Map.of("feedbackResult", "井盖已更换"));
		complete(port, trackingNumber, "inspector1", "核查处置结果", Map.of("problemFixed", "YES", "verificationNote", "已核实"));
		complete(port, trackingNumber, "station1", "回访评价", Map.of("satisfaction", "SATISFIED"));
	}

	/** Where the case stands, for a failure message: every open task with its assignee and candidate groups. */
	private static String openTasks(int port, String businessKey) {
		try {
			ApiClient admin = ApiClient.as(port, "admin", "admin");
			StringBuilder found = new StringBuilder();
			for (JsonNode open : JSON.readTree(admin.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).body())) {
				String id = open.path("id").asText();
				found.append(open.path("name").asText()).append(" (assignee ").append(open.path("assignee").asText())
					.append(", links ").append(admin.get("/engine-rest/task/" + id + "/identity-links").body()).append("); ");
			}
			return found.length() == 0 ? "none" : found.toString();
		}
		catch (Exception ex) {
			return "unknown (" + ex + ")";
		}
	}

	private static void complete(int port, String businessKey, String username, String taskName,
			Map<String, String> variables) throws Exception {
		ApiClient user = ApiClient.as(port, username, "demo123");
		HttpResponse<String> tasks = user.get("/engine-rest/task?candidateUser=" + username
				+ "&processInstanceBusinessKey=" + businessKey + "&includeAssignedTasks=true");
		JsonNode task = JSON.readTree(tasks.body()).get(0);
		assertThat(task).as(() -> username + " has a task for " + businessKey + "; the case's open tasks: "
				+ openTasks(port, businessKey)).isNotNull();
		assertThat(task.path("name").asText()).startsWith(taskName + " · ");
		String taskId = task.path("id").asText();
		assertThat(user.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + username + "\"}")
			.statusCode()).isEqualTo(204);
		StringBuilder body = new StringBuilder("{\"variables\":{");
		variables.forEach((name, value) -> body.append('"').append(name).append("\":{\"value\":\"").append(value)
			.append("\",\"type\":\"String\"},"));
		body.setLength(body.length() - 1);
		body.append("}}");
		HttpResponse<String> completed = user.postJson("/engine-rest/task/" + taskId + "/complete", body.toString());
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
	}

}
