package org.gridcase.platform.enginerest;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrency on the engine REST API never answers 500: of two completions of one task, one
 * wins and the other is told the task is gone or was changed meanwhile.
 */
@IntegrationTest
class EngineRestProblemsTests {

	private static final String SORTED = "{\"variables\":{\"sortingNote\":{\"value\":\"属实\",\"type\":\"String\"}}}";

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	TaskService taskService;

	@Test
	void twoParallelCompletionsOfOneTaskGiveOneSuccessAndNo500() throws Exception {
		for (int attempt = 0; attempt < 10; attempt++) {
			String taskId = claimedSortingTask();
			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<HttpResponse<String>>> completions = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				completions.add(CompletableFuture.supplyAsync(() -> {
					await(start);
					return station1().postJson("/engine-rest/task/" + taskId + "/complete", SORTED);
				}));
			}
			List<Integer> statuses = completions.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

			assertThat(statuses).as(statuses.toString()).containsOnlyOnce(204);
			assertThat(statuses).allMatch(status -> List.of(204, 400, 404, 409).contains(status));
		}
	}

	@Test
	void completingATaskThatIsGoneAnswers404ProblemNot500() {
		String taskId = claimedSortingTask();
		assertThat(station1().postJson("/engine-rest/task/" + taskId + "/complete", SORTED).statusCode()).isEqualTo(204);

		HttpResponse<String> again = station1().postJson("/engine-rest/task/" + taskId + "/complete", SORTED);

		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	private String claimedSortingTask() {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "井盖破损"));
		Task task = this.taskService.createTaskQuery().processInstanceBusinessKey(businessKeyOf(id)).singleResult();
		this.taskService.claim(task.getId(), "station1");
		return task.getId();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ApiClient station1() {
		return ApiClient.as(this.port, "station1", "demo123");
	}

	private String businessKeyOf(CaseId id) {
		return this.cases.findCase(id).orElseThrow().processBusinessKey();
	}

}
