package org.gridcase.platform.webapps;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Works a freshly opened sanitation case through the engine REST API, as the community station
 * and the street office would, until its handling waits for the grid leader (网格内处置).
 */
final class CaseAtTheGridLeader {

	private final ObjectMapper json = new ObjectMapper();

	private final int port;

	private final String trackingNumber;

	CaseAtTheGridLeader(int port, String trackingNumber) {
		this.port = port;
		this.trackingNumber = trackingNumber;
	}

	/** Answers the id of the grid leader's task. */
	String reach() throws Exception {
		work("station1", "梳理上报案件", "{\"sortingNote\":{\"value\":\"属实，已定位\",\"type\":\"String\"}}");
		work("street1", "审核立案", "{\"registerDecision\":{\"value\":\"REGISTER\",\"type\":\"String\"}}");
		return task("gridleader1", "网格内处置");
	}

	private void work(String username, String taskName, String variables) throws Exception {
		ApiClient user = ApiClient.as(this.port, username, "demo123");
		String taskId = task(username, taskName);
		assertThat(user.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + username + "\"}").statusCode())
			.isEqualTo(204);
		HttpResponse<String> completed = user.postJson("/engine-rest/task/" + taskId + "/complete",
				"{\"variables\":" + variables + "}");
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
	}

	private String task(String username, String taskName) throws Exception {
		JsonNode tasks = this.json.readTree(ApiClient.as(this.port, username, "demo123")
			.get("/engine-rest/task?candidateUser=" + username + "&processInstanceBusinessKey=" + this.trackingNumber
					+ "&includeAssignedTasks=true")
			.body());
		assertThat(tasks.path(0).path("name").asText()).startsWith(taskName);
		return tasks.path(0).path("id").asText();
	}

}
