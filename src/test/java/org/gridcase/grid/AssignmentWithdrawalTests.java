package org.gridcase.grid;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.ApiClient;
import org.gridcase.EngineClockFixtures;
import org.gridcase.IntegrationTest;
import org.gridcase.shared.District;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An assignment entered by mistake is withdrawn the same day: gone as if never made, its
 * person's claimed tasks back with the role, recorded in the audit trail.
 */
@IntegrationTest
class AssignmentWithdrawalTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement management;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		EngineClockFixtures.resetClock();
	}

	@Test
	void anAssignmentEnteredByMistakeIsWithdrawnTheSameDayAsIfNeverMade() throws Exception {
		String grid = OrganisationFixtures.newGridCode();
		this.management.createGrid(OrganisationFixtures.grid(grid));
		String username = OrganisationFixtures.newUsername();
		this.management.savePerson(OrganisationFixtures.person(username));
		ApiClient admin = ApiClient.as(this.port, "orgadmin", "demo123");
		String id = assign(admin, username, grid);
		RoleAtPlace role = RoleAtPlace.of(Role.GRID_WORKER, grid);
		Task task = this.taskService.newTask();
		task.setName("网格内处置（撤销任职测试）");
		this.taskService.saveTask(task);
		this.taskService.addCandidateGroup(task.getId(), role.groupId());
		this.taskService.claim(task.getId(), username);

		assertThat(ApiClient.as(this.port, "gridleader1", "demo123").postJson("/api/assignments/" + id + "/withdraw", "")
			.statusCode()).isEqualTo(403);
		HttpResponse<String> withdrawn = admin.postJson("/api/assignments/" + id + "/withdraw", "");

		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
		assertThat(this.json.readTree(admin.get("/api/people/" + username + "/roles").body())).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from role_assignment where id = ?").param(Long.valueOf(id))
			.query(Long.class).single()).isZero();
		Task afterwards = this.taskService.createTaskQuery().taskId(task.getId()).singleResult();
		assertThat(afterwards.getAssignee()).as("the claim goes back with the role").isNull();
		assertThat(this.taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
			.as("nobody holds the role now: routing climbs")
			.contains(role.groupId())
			.hasSizeGreaterThan(1);
		assertThat(this.jdbc.sql("""
				select actor from audit_event
				where type = 'ASSIGNMENT_WITHDRAWN' and cast(data as jsonb) ->> 'assignmentId' = ?""").param(id).query(String.class).list())
			.containsExactly("orgadmin");
		assertThat(admin.postJson("/api/assignments/" + id + "/withdraw", "").statusCode()).isEqualTo(404);
		this.taskService.deleteTask(task.getId(), true);
	}

	@Test
	void anAssignmentEnteredOnAnotherDayIsEndedNotWithdrawn() throws Exception {
		String username = OrganisationFixtures.newUsername();
		this.management.savePerson(OrganisationFixtures.person(username));
		ApiClient admin = ApiClient.as(this.port, "orgadmin", "demo123");
		String id = assign(admin, username, DemoDistrict.FIRST_GRID);
		EngineClockFixtures.setClock(LocalDate.now(District.ZONE).plusDays(1) + "T09:00:00");

		HttpResponse<String> refused = admin.postJson("/api/assignments/" + id + "/withdraw", "");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("只能在录入当天撤销", "结束该任职");
		EngineClockFixtures.resetClock();
		assertThat(admin.postJson("/api/assignments/" + id + "/end",
				"{\"validTo\":\"" + LocalDate.now(District.ZONE).plusDays(1) + "\"}").statusCode())
			.isEqualTo(200);
	}

	private String assign(ApiClient admin, String username, String place) throws Exception {
		HttpResponse<String> assigned = admin.postJson("/api/assignments", "{\"username\":\"" + username
				+ "\",\"role\":\"GRID_WORKER\",\"placeCode\":\"" + place + "\",\"validFrom\":\""
				+ LocalDate.now(District.ZONE) + "\"}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
		return this.json.readTree(assigned.body()).path("id").asText();
	}

}
