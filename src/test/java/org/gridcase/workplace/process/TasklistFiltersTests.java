package org.gridcase.workplace.process;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.shared.District;
import org.gridcase.workplace.WorkplaceFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridcase.EngineClockFixtures.resetClock;
import static org.gridcase.EngineClockFixtures.setClock;

/**
 * Tasklist's shared filters: there once, readable by every login, and each finds for the user
 * who opens it what its name says, with no person or grid written into it.
 */
@IntegrationTest
class TasklistFiltersTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	TasklistFilters filters;

	@Autowired
	FilterService filterService;

	@Autowired
	TaskService taskService;

	@Autowired
	AuthorizationService authorizationService;

	@AfterEach
	void resetEngineClock() {
		resetClock();
	}

	@Test
	void fiveSharedFiltersComeBeforeAllTasksOnceEvenAfterARestartAndEveryLoginMayReadThem() throws Exception {
		this.filters.run(null);

		List<Filter> stored = this.filterService.createFilterQuery().filterResourceType(EntityTypes.TASK).list();
		List<String> names = stored.stream()
			.sorted((a, b) -> Integer.compare(priority(a), priority(b)))
			.map(Filter::getName)
			.toList();
		assertThat(names).containsSubsequence("我的待办", "本网格待领取", "黄灯", "红灯", "今日到期", "全部任务");
		for (String name : List.of("我的待办", "本网格待领取", "黄灯", "红灯", "今日到期")) {
			List<Filter> named = stored.stream().filter(filter -> filter.getName().equals(name)).toList();
			assertThat(named).as(name).hasSize(1);
			Filter filter = named.get(0);
			assertThat(filter.getProperties()).containsEntry("refresh", true)
				.containsEntry("showUndefinedVariable", false)
				.containsKeys("color", "description", "variables");
			assertThat(this.authorizationService.createAuthorizationQuery()
				.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
				.resourceType(Resources.FILTER)
				.resourceId(filter.getId())
				.hasPermission(Permissions.READ)
				.count()).as(name).isEqualTo(1);
		}
	}

	@Test
	void aFreshTaskIsOfferedToTheGridThenMineAndShowsUpUnderItsLightAndItsDay() throws Exception {
		WorkplaceFixtures.CaseAtGridLeader fresh = WorkplaceFixtures.caseAtGridLeader(this.port);
		String taskId = fresh.taskFor("gridleader1").path("id").asText();

		assertThat(listed("gridleader1", "本网格待领取")).contains(taskId);
		assertThat(listed("gridleader1", "我的待办")).doesNotContain(taskId);
		assertThat(listed("gridleader2", "本网格待领取")).doesNotContain(taskId);

		ApiClient leader = ApiClient.as(this.port, "gridleader1", "demo123");
		assertThat(leader.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"gridleader1\"}").statusCode())
			.isEqualTo(204);
		assertThat(listed("gridleader1", "我的待办")).contains(taskId);
		assertThat(listed("gridleader1", "本网格待领取")).doesNotContain(taskId);

		assertThat(listed("gridleader1", "黄灯")).doesNotContain(taskId);
		this.taskService.setVariableLocal(taskId, "light", "YELLOW"); // what the yellow light timer does
		assertThat(listed("gridleader1", "黄灯")).contains(taskId);
		assertThat(listed("gridleader1", "红灯")).doesNotContain(taskId);
		assertThat(listed("gridleader2", "黄灯")).doesNotContain(taskId);

		Date due = this.taskService.createTaskQuery().taskId(taskId).singleResult().getDueDate();
		setClock(districtTime(due.toInstant().minus(Duration.ofDays(1))));
		assertThat(listed("gridleader1", "今日到期")).doesNotContain(taskId);
		setClock(districtTime(due.toInstant().minus(Duration.ofMinutes(1))));
		assertThat(listed("gridleader1", "今日到期")).contains(taskId);
	}

	@Test
	void aTaskIsNamedAfterItsCaseAndCarriesItsTrackingNumber() throws Exception {
		WorkplaceFixtures.CaseAtGridLeader fresh = WorkplaceFixtures.caseAtGridLeader(this.port);
		JsonNode task = fresh.taskFor("gridleader1");

		assertThat(task.path("name").asText()).isEqualTo("网格内处置 · 暴露垃圾 · 顺河路1号");
		assertThat(task.path("description").asText()).isEqualTo("受理编号：" + fresh.trackingNumber);
	}

	private List<String> listed(String username, String filterName) throws Exception {
		Filter filter = this.filterService.createFilterQuery().filterName(filterName).singleResult();
		ApiClient user = ApiClient.as(this.port, username, "demo123");
		JsonNode tasks = this.json.readTree(user.postJson("/engine-rest/filter/" + filter.getId() + "/list?maxResults=1000", "{}").body());
		long count = this.json.readTree(user.get("/engine-rest/filter/" + filter.getId() + "/count").body()).path("count").asLong();
		List<String> ids = tasks.findValuesAsText("id");
		assertThat(count).as("%s's count of %s", username, filterName).isEqualTo(tasks.size());
		return ids;
	}

	private static int priority(Filter filter) {
		Object priority = filter.getProperties() == null ? null : filter.getProperties().get("priority");
		return priority instanceof Number number ? number.intValue() : Integer.MAX_VALUE;
	}

	private static String districtTime(Instant at) {
		return LocalDateTime.ofInstant(at, District.ZONE).toString();
	}

}
