package org.gridcase.mytasks.process;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.SqlStatements;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone page's task list: a case's first task reaches the community station with its case
 * summary, light and deadline; the station claims it and completes its simple form, the form's
 * rules applying as in Tasklist; a task with a conditional form is left to Tasklist. The list costs
 * the same statements however many tasks it shows.
 */
@IntegrationTest
class MyTasksControllerTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	org.gridcase.identity.process.TaskGrantHolders grantHolders;

	private final ObjectMapper json = new ObjectMapper();

	private String trackingNumber;

	@BeforeEach
	void openACase() {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID,
				"顺河路口东北角暴露垃圾，已堆放两天"));
		this.trackingNumber = this.cases.findCase(id).orElseThrow().trackingNumber();
	}

	@Test
	void stationClaimsAndCompletesTheSortingTaskOfItsCommunity() throws Exception {
		JsonNode task = taskOfTheCase("station1");
		assertThat(task).as("station1 sees the case's task").isNotNull();
		assertThat(task.path("claimable").asBoolean()).isTrue();
		assertThat(task.path("light").asText()).isEqualTo("GREEN");
		assertThat(task.path("deadline").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		assertThat(task.path("description").asText()).isEqualTo("顺河路口东北角暴露垃圾，已堆放两天");
		assertThat(task.path("gridCode").asText()).isEqualTo(DemoDistrict.FIRST_GRID);
		assertThat(task.path("issueType").asText()).isNotBlank().isNotEqualTo("SANITATION");
		assertThat(task.path("form").path("simple").asBoolean()).isTrue();
		assertThat(task.path("form").path("fields").get(0).path("key").asText()).isEqualTo("sortingNote");
		String taskId = task.path("id").asText();

		assertThat(taskOfTheCase("gridworker2")).as("not a grid worker's task").isNull();
		assertThat(user("gridworker2").postJson("/api/my/tasks/" + taskId + "/claim", "").statusCode()).isIn(403, 404);
		assertThat(user("station1").postJson("/api/my/tasks/" + taskId + "/complete", "{\"variables\":{}}").statusCode())
			.as("claim first").isEqualTo(409);

		assertThat(user("station1").postJson("/api/my/tasks/" + taskId + "/claim", "").statusCode()).isEqualTo(204);
		assertThat(taskOfTheCase("station1").path("claimable").asBoolean()).isFalse();

		HttpResponse<String> empty = user("station1").postJson("/api/my/tasks/" + taskId + "/complete", "{\"variables\":{}}");
		assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
		assertThat(this.json.readTree(empty.body()).path("errors").get(0).path("field").asText()).isEqualTo("sortingNote");
		HttpResponse<String> undeclared = user("station1").postJson("/api/my/tasks/" + taskId + "/complete",
				"{\"variables\":{\"sortingNote\":\"属实\",\"gridCode\":\"410104002001001\"}}");
		assertThat(undeclared.statusCode()).as(undeclared.body()).isEqualTo(400);

		HttpResponse<String> done = user("station1").postJson("/api/my/tasks/" + taskId + "/complete",
				"{\"variables\":{\"sortingNote\":\"属实，已定位\"}}");
		assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
		assertThat(taskOfTheCase("station1")).isNull();

		JsonNode register = taskOfTheCase("street1");
		assertThat(register.path("form").path("simple").asBoolean()).as("its form has a conditional field").isFalse();
		String registerId = register.path("id").asText();
		assertThat(user("street1").postJson("/api/my/tasks/" + registerId + "/claim", "").statusCode()).isEqualTo(204);
		assertThat(user("street1").postJson("/api/my/tasks/" + registerId + "/complete", "{\"variables\":{}}").statusCode())
			.isEqualTo(422);
	}

	@Test
	void theStationsListCostsTheSameStatementsHoweverManyTasksItShows() throws Exception {
		String all = "/api/my/tasks?max=" + MyTasks.LIMIT;
		user("station1").get(all);
		List<String> before = statementsOfTheList("station1", all);
		int shownBefore = this.json.readTree(user("station1").get(all).body()).size();
		openACase();
		openACase();
		List<String> firstShowing = statementsOfTheList("station1", all);
		List<String> after = statementsOfTheList("station1", all);
		assertThat(this.json.readTree(user("station1").get(all).body()).size())
			.as("the new cases' tasks are listed").isGreaterThan(Math.min(shownBefore, MyTasks.LIMIT - 2));
		assertThat(after).as("no statement per task (e.g. a JSON variable's byte array)").hasSameSizeAs(before)
			.noneMatch(sql -> sql.toLowerCase(java.util.Locale.ROOT).contains("act_ge_bytearray"));
		// the caller's groups come with their login, not from a group query per list (role_assignment
		// and act_id_group), and a case's tracking number is asked for when the list first shows it:
		// 10 statements in all before for station1 with claimable tasks, 8 now when the list shows
		// new cases, 7 when it shows the same cases again (one more when station1 also holds tasks:
		// the engine looks a task's definition up once per query)
		// a definition read by id is the engine's deployment cache refilling (other tests in the
		// suite deploy many models), not the list's own statement
		firstShowing = firstShowing.stream().filter(sql -> !sql.startsWith("select * from act_re_procdef where id_")).toList();
		after = after.stream().filter(sql -> !sql.startsWith("select * from act_re_procdef where id_")).toList();
		assertThat(firstShowing).as("groups read per list").noneMatch(sql -> sql.contains("role_assignment"))
			.anyMatch(sql -> sql.startsWith("select distinct res.* from act_ru_execution"))
			.as("groups read per list; then %s", after).hasSize(after.size() + 1);
		assertThat(after).as("the same cases' tracking numbers again")
			.noneMatch(sql -> sql.startsWith("select distinct res.* from act_ru_execution"))
			.hasSizeLessThanOrEqualTo(8);
	}

	@Test
	void thePhonePageAsksForAScreenfulAndMoreOnDemand() throws Exception {
		openACase();
		int all = this.json.readTree(user("station1").get("/api/my/tasks?max=" + MyTasks.LIMIT).body()).size();
		JsonNode first = this.json.readTree(user("station1").get("/api/my/tasks").body());
		assertThat(first.size()).isEqualTo(Math.min(all, MyTasks.FIRST_SCREEN));
		JsonNode two = this.json.readTree(user("station1").get("/api/my/tasks?max=2").body());
		assertThat(two).hasSize(2);
		assertThat(two.get(0).path("id").asText()).isEqualTo(first.get(0).path("id").asText());
		for (String bad : java.util.List.of("0", "201", "abc")) {
			HttpResponse<String> refused = user("station1").get("/api/my/tasks?max=" + bad);
			assertThat(refused.statusCode()).as(bad).isEqualTo(400);
			assertThat(this.json.readTree(refused.body()).path("errors").get(0).path("field").asText()).isEqualTo("max");
		}
	}

	/**
	 * The SQL a GET of the list runs (the engine's and our task lists' MyBatis statements,
	 * Hibernate's and JdbcTemplate's) on the request's thread, not the job executor's meanwhile, but
	 * the identity store's: the login's password check comes once per window, not per list.
	 */
	private List<String> statementsOfTheList(String username, String path) {
		// every list asks whether the login holds grants beyond single tasks (once per window
		// otherwise), so that counts compared do not depend on when a window ended
		this.grantHolders.forgetAll();
		try (SqlStatements sql = SqlStatements.recordWith("org.gridcase.identity.process.VisibleTasks")) {
			HttpResponse<String> list = user(username).get(path);
			assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
			return sql.matching(statement -> !statement.matches("(?s).* from act_id_.*"));
		}
	}

	private JsonNode taskOfTheCase(String username) throws Exception {
		HttpResponse<String> list = user(username).get("/api/my/tasks?max=" + MyTasks.LIMIT);
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		for (JsonNode task : this.json.readTree(list.body())) {
			if (this.trackingNumber.equals(task.path("trackingNumber").asText())) {
				return task;
			}
		}
		return null;
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

}
