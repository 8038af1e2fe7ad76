package org.gridcase.cases.process;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseView;
import org.gridcase.cases.CaseStep;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Completing a task stores only what its form declares editable, with the form's types and
 * options; anything else is refused with 400 naming the field, and nothing changes. Worked on
 * the street center's 审核立案 (RegisterCaseForm: issueType and severity read-only selects,
 * registerDecision a radio, registerNote a textarea).
 */
@IntegrationTest
class DeclaredTaskInputsTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	CaseManagement cases;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	private CaseId id;

	private String taskId;

	@BeforeEach
	void caseWaitingToBeRegistered() {
		this.id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "垃圾桶满溢"));
		this.taskService.complete(openTask().getId(), Map.of("sortingNote", "属实"));
		this.taskId = openTask().getId();
		assertThat(openTask().getName()).startsWith("审核立案 · ");
		assertThat(street1().postJson("/engine-rest/task/" + this.taskId + "/claim", "{\"userId\":\"street1\"}")
			.statusCode()).isEqualTo(204);
	}

	@Test
	void refusesVariablesTheFormDoesNotDeclareAndChangesNothing() throws Exception {
		CaseId otherCase = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "另一案件"));
		Snapshot before = snapshot();

		HttpResponse<String> refused = complete(Map.of("registerDecision", text("REGISTER"),
				"gridCode", text(DemoDistrict.SECOND_GRID), "caseId", text(otherCase.toString())));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(fieldsNamed(refused)).containsExactlyInAnyOrder("gridCode", "caseId");
		assertThat(snapshot()).isEqualTo(before);

		assertThat(complete(Map.of("registerDecision", text("REGISTER"))).statusCode()).isEqualTo(204);
		CaseView record = this.cases.findCase(this.id).orElseThrow();
		assertThat(record.step()).isEqualTo(CaseStep.HANDLE);
		assertThat(record.gridCode()).isEqualTo(DemoDistrict.FIRST_GRID);
		assertThat(record.responsibleGroup()).isEqualTo("GRID_LEADER:" + DemoDistrict.FIRST_GRID);
		assertThat(this.cases.findCase(otherCase).orElseThrow().step()).isEqualTo(CaseStep.REPORT);
	}

	@Test
	void readOnlyFieldsMayComeBackUnchangedButNotChanged() throws Exception {
		Snapshot before = snapshot();

		HttpResponse<String> changed = complete(Map.of("registerDecision", text("REGISTER"), "issueType", text("PETITION")));
		HttpResponse<String> outsideOptions = complete(Map.of("registerDecision", text("REGISTER"),
				"severity", text("APOCALYPTIC")));
		HttpResponse<String> radioOutsideOptions = complete(Map.of("registerDecision", text("MAYBE")));

		assertThat(changed.statusCode()).isEqualTo(400);
		assertThat(fieldsNamed(changed)).containsExactly("issueType");
		assertThat(outsideOptions.statusCode()).isEqualTo(400);
		assertThat(fieldsNamed(outsideOptions)).containsExactly("severity");
		assertThat(radioOutsideOptions.statusCode()).isEqualTo(400);
		assertThat(fieldsNamed(radioOutsideOptions)).containsExactly("registerDecision");
		assertThat(snapshot()).isEqualTo(before);

		HttpResponse<String> echoed = complete(Map.of("registerDecision", text("REGISTER"), "issueType", text("SANITATION")));
		assertThat(echoed.statusCode()).as(echoed.body()).isEqualTo(204);
		assertThat(this.cases.findCase(this.id).orElseThrow().step()).isEqualTo(CaseStep.HANDLE);
	}

	@Test
	void refusesAValueOfTheWrongType() throws Exception {
		Snapshot before = snapshot();

		HttpResponse<String> numberForText = complete(Map.of("registerDecision", text("REGISTER"),
				"registerNote", Map.of("value", 42, "type", "Long")));
		HttpResponse<String> booleanForChoice = complete(Map.of("registerDecision", Map.of("value", true, "type", "Boolean")));

		assertThat(numberForText.statusCode()).isEqualTo(400);
		assertThat(fieldsNamed(numberForText)).containsExactly("registerNote");
		assertThat(booleanForChoice.statusCode()).isEqualTo(400);
		assertThat(fieldsNamed(booleanForChoice)).containsExactly("registerDecision");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void submitFormThroughTheWebappsEngineApiChecksTheSame() throws Exception {
		Snapshot before = snapshot();
		Webapp tasklist = Webapp.loggedIn(street1(), "/camunda/api/engine/engine/default/task/" + this.taskId);
		String path = "/camunda/api/engine/engine/default/task/" + this.taskId + "/submit-form";

		HttpResponse<String> refused = tasklist.postJson(path, body(Map.of("registerDecision", text("REGISTER"),
				"gridCode", text(DemoDistrict.OTHER_STREET_GRID))));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(fieldsNamed(refused)).containsExactly("gridCode");
		assertThat(snapshot()).isEqualTo(before);

		HttpResponse<String> submitted = tasklist.postJson(path, body(Map.of("registerDecision", text("REGISTER"),
				"issueType", text("SANITATION"), "severity", text(before.record().severity().name()),
				"registerNote", text("情况属实"))));
		assertThat(submitted.statusCode()).as(submitted.body()).isIn(200, 204);
		assertThat(this.cases.findCase(this.id).orElseThrow().step()).isEqualTo(CaseStep.HANDLE);
	}

	@Test
	void javaCallersAreHeldToTheFormToo() {
		Snapshot before = snapshot();

		assertThatThrownBy(() -> this.taskService.complete(this.taskId,
				Map.of("registerDecision", "REGISTER", "responsibleGroup", "GRID_LEADER:" + DemoDistrict.SECOND_GRID)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("responsibleGroup");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void whoMayNotWorkTheTaskIsForbiddenBeforeTheFormIsChecked() throws Exception {
		for (String outsider : List.of("auditor1", "gridleader1", "district1")) {
			HttpResponse<String> response = ApiClient.as(this.port, outsider, "demo123")
				.postJson("/engine-rest/task/" + this.taskId + "/complete",
						body(Map.of("gridCode", text(DemoDistrict.SECOND_GRID))));
			assertThat(response.statusCode()).as(outsider).isEqualTo(403);
		}
	}

	private HttpResponse<String> complete(Map<String, Object> variables) throws Exception {
		return street1().postJson("/engine-rest/task/" + this.taskId + "/complete", body(variables));
	}

	private String body(Map<String, Object> variables) throws Exception {
		return this.json.writeValueAsString(Map.of("variables", variables));
	}

	private static Map<String, Object> text(String value) {
		return Map.of("value", value, "type", "String");
	}

	private List<String> fieldsNamed(HttpResponse<String> response) throws Exception {
		JsonNode errors = this.json.readTree(response.body()).path("errors");
		return errors.findValuesAsText("field");
	}

	private Snapshot snapshot() {
		Task task = this.taskService.createTaskQuery().taskId(this.taskId).singleResult();
		return new Snapshot(this.cases.findCase(this.id).orElseThrow(), task == null ? null : task.getAssignee(),
				this.runtimeService.getVariables(task.getProcessInstanceId()));
	}

	private Task openTask() {
		return this.taskService.createTaskQuery().processInstanceBusinessKey(businessKeyOf(this.id)).singleResult();
	}

	private ApiClient street1() {
		return ApiClient.as(this.port, "street1", "demo123");
	}

	/** What a refused completion must leave as it was: the case record, the task, the variables. */
	private record Snapshot(CaseView record, String assignee, Map<String, Object> variables) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Snapshot that && this.assignee.equals(that.assignee)
					&& this.variables.equals(that.variables) && this.record.step() == that.record.step()
					&& this.record.gridCode().equals(that.record.gridCode())
					&& this.record.responsibleGroup().equals(that.record.responsibleGroup())
					&& this.record.issueType().equals(that.record.issueType())
					&& this.record.severity() == that.record.severity()
					&& this.record.stepsEntered().equals(that.record.stepsEntered());
		}

		@Override
		public int hashCode() {
			return this.assignee.hashCode();
		}

	}

	/**
	 * The webapps' engine API as Tasklist calls it: a session, and the CSRF token the webapp hands
	 * out on a read echoed on every write.
	 */
	private record Webapp(ApiClient client, String cookies, String csrfToken) {

		static Webapp loggedIn(ApiClient client, String readPath) {
			HttpResponse<String> read = client.get(readPath);
			assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
			String cookies = String.join("; ", read.headers().allValues("Set-Cookie").stream()
				.map(cookie -> cookie.split(";", 2)[0]).toList());
			return new Webapp(client, cookies, read.headers().firstValue("X-XSRF-TOKEN").orElse(""));
		}

		HttpResponse<String> postJson(String path, String body) {
			HttpRequest.Builder request = this.client.request(path)
				.header("Content-Type", "application/json")
				.header("Cookie", this.cookies)
				.header("X-XSRF-TOKEN", this.csrfToken)
				.POST(BodyPublishers.ofString(body));
			return this.client.send(request);
		}

	}

	private String businessKeyOf(CaseId id) {
		return this.cases.findCase(id).orElseThrow().processBusinessKey();
	}

}
