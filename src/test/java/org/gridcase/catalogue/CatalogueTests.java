package org.gridcase.catalogue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gridcase.ApiClient;
import org.gridcase.ApiClient.Part;
import org.gridcase.IntegrationTest;
import org.gridcase.SqlStatements;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.Severity;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of issue types as administrators and reporters meet it over HTTP. Codes of its
 * own (98-xx, issue types CATALOGUE_TEST_*) keep it apart from other tests of the shared
 * context; what it adds is left deactivated, so lists read as before.
 */
@IntegrationTest
class CatalogueTests {

	private static final String ADMIN = "orgadmin";

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	FormService forms;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	CaseManagement cases;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aChangeCommittedByAnotherNodeHoldsForTheNextLookupAndOneRolledBackNever() {
		assertThat(this.catalogue.issueTypeName("SANITATION")).isEqualTo(sanitationName());
		String name = sanitationName();
		try {
			// as another node sharing the database would: committed beside this node's code
			this.jdbc.update("update catalogue_issue_type set name = ? where code = 'SANITATION'", name + "（更名）");
			assertThat(this.catalogue.issueTypeName("SANITATION")).isEqualTo(name + "（更名）");
			assertThat(this.catalogue.subcategory("01-01").orElseThrow().issueTypeName()).isEqualTo(name + "（更名）");

			this.transaction.executeWithoutResult(status -> {
				this.jdbc.update("update catalogue_issue_type set name = '未提交的名称' where code = 'SANITATION'");
				assertThat(this.catalogue.issueTypeName("SANITATION")).isEqualTo("未提交的名称");
				status.setRollbackOnly();
			});
			assertThat(this.catalogue.issueTypeName("SANITATION")).isEqualTo(name + "（更名）");
		}
		finally {
			this.jdbc.update("update catalogue_issue_type set name = ? where code = 'SANITATION'", name);
		}
		assertThat(this.catalogue.issueTypeName("SANITATION")).isEqualTo(name);
	}

	@Test
	void aReportReadsTheCatalogueFromMemoryOnceItsVersionIsChecked() {
		as("district1").postJson("/api/reports", report("01-01"));

		try (SqlStatements sql = SqlStatements.record()) {
			HttpResponse<String> filed = as("district1").postJson("/api/reports", report("01-01"));
			assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);

			long tableReads = sql.matching(text -> text.contains("catalogue_issue_type") || text.contains("catalogue_subcategory"))
				.size();
			long versionReads = sql.matching(text -> text.contains("from catalogue_version")).size();
			System.out.printf("Catalogue, one report over HTTP: %d reads of the catalogue's tables, %d of its version%n",
					tableReads, versionReads);
			assertThat(tableReads).isZero();
			assertThat(versionReads).isPositive();
		}
	}

	@Test
	void anAdministratorAddsHighAltitudeThrowingRoutedToANewProcessAndTheNextReportRunsThroughIt()
			throws Exception {
		String processKey = deployReceiveOnlyProcess("CatalogueTestThrowingProcess");
		HttpResponse<String> issueType = as(ADMIN).postJson("/api/catalogue/issue-types", """
				{"code":"CATALOGUE_TEST_THROWING","name":"高空抛物","handlingProcess":"%s"}""".formatted(processKey));
		HttpResponse<String> subcategory = as(ADMIN).postJson("/api/catalogue/subcategories", """
				{"code":"98-01","category":"安全隐患","name":"高空抛物","issueType":"CATALOGUE_TEST_THROWING",
				 "defaultSeverity":"MAJOR","handlingProcess":"%s"}""".formatted(processKey));
		assertThat(issueType.statusCode()).as(issueType.body()).isEqualTo(201);
		assertThat(subcategory.statusCode()).as(subcategory.body()).isEqualTo(201);
		assertThat(this.json.readTree(subcategory.body()).path("issueTypeName").asText()).isEqualTo("高空抛物");

		JsonNode services = this.json.readTree(ApiClient.anonymous(this.port).get("/open311/v2/services.json").body());
		assertThat(services.findValuesAsText("service_code")).contains("98-01");
		assertThat(codes(as("gridleader1").get("/api/catalogue/subcategories"))).contains("98-01");

		HttpResponse<String> filed = as("district1").postJson("/api/reports", report("98-01"));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode receipt = this.json.readTree(filed.body());
		CaseId caseId = new CaseId(java.util.UUID.fromString(receipt.path("caseId").asText()));
		assertThat(this.cases.findCase(caseId).orElseThrow().issueType()).isEqualTo("CATALOGUE_TEST_THROWING");
		assertThat(this.cases.findCase(caseId).orElseThrow().severity()).isEqualTo(Severity.MAJOR);

		Task sorting = this.tasks.createTaskQuery().processInstanceBusinessKey(receipt.path("trackingNumber").asText())
			.singleResult();
		assertThat(sorting.getName()).startsWith("梳理上报案件 · 高空抛物");
		assertThat(String.valueOf(this.forms.getTaskFormVariables(sorting.getId()).getValueTyped("issueTypeChoices").getValue()))
			.contains("\"label\":\"高空抛物\"", "\"value\":\"CATALOGUE_TEST_THROWING\"");
		assertThat(this.tasks.getVariables(sorting.getId())).as("offered with the form, not stored").doesNotContainKey("issueTypeChoices");

		ProcessInstance lifecycle = register(receipt.path("trackingNumber").asText());

		ProcessInstance handling = this.runtime.createProcessInstanceQuery()
			.superProcessInstanceId(lifecycle.getId())
			.singleResult();
		assertThat(this.repository.getProcessDefinition(handling.getProcessDefinitionId()).getKey())
			.isEqualTo(processKey);
		assertThat(this.tasks.createTaskQuery().processInstanceId(lifecycle.getId()).list()).isEmpty();

		deactivate("subcategories/98-01");
		deactivate("issue-types/CATALOGUE_TEST_THROWING");
	}

	@Test
	void inactiveEntriesAreRefusedAtIntakeAndLeftOutOfTheServices() throws Exception {
		create("98-02", "SANITATION", null);
		deactivate("subcategories/98-02");

		HttpResponse<String> refused = as("district1").postJson("/api/reports", report("98-02"));

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"subcategory\"", "已停用");
		assertThat(ApiClient.anonymous(this.port).get("/open311/v2/services.json").body()).doesNotContain("98-02");
		assertThat(ApiClient.anonymous(this.port).get("/open311/v2/services/98-02.json").statusCode()).isEqualTo(404);
		assertThat(codes(as("gridleader1").get("/api/catalogue/subcategories"))).doesNotContain("98-02");
		assertThat(codes(as(ADMIN).get("/api/catalogue/subcategories?all=true"))).contains("98-02");
		assertThat(as("gridleader1").get("/api/catalogue/subcategories?all=true").statusCode()).isEqualTo(403);
	}

	@Test
	void badEntriesAreRefusedNamingTheField() throws Exception {
		HttpResponse<String> undeployed = as(ADMIN).postJson("/api/catalogue/subcategories", """
				{"code":"98-03","category":"安全隐患","name":"测试","issueType":"SAFETY_HAZARD",
				 "handlingProcess":"NoSuchProcess"}""");
		HttpResponse<String> malformed = as(ADMIN).postJson("/api/catalogue/subcategories", """
				{"code":"983","category":"安全隐患","name":"测试","issueType":"NO_SUCH_TYPE"}""");
		HttpResponse<String> taken = as(ADMIN).postJson("/api/catalogue/subcategories", """
				{"code":"01-01","category":"市容环境","name":"暴露垃圾","issueType":"SANITATION"}""");

		assertThat(undeployed.statusCode()).isEqualTo(400);
		assertThat(fields(undeployed)).containsExactly("handlingProcess");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(fields(malformed)).containsExactlyInAnyOrder("code", "issueType");
		assertThat(taken.statusCode()).isEqualTo(409);
		HttpResponse<String> unknownCaseType = as("district1").postJson("/api/cases", """
				{"issueType":"NO_SUCH_TYPE","gridCode":"%s","description":"来访群众反映楼道堆放杂物"}"""
			.formatted(DemoDistrict.FIRST_GRID));
		assertThat(unknownCaseType.statusCode()).as(unknownCaseType.body()).isEqualTo(400);
		assertThat(fields(unknownCaseType)).containsExactly("issueType");
		assertThat(as(ADMIN).putJson("/api/catalogue/subcategories/97-99", """
				{"category":"安全隐患","name":"测试","issueType":"SAFETY_HAZARD"}""").statusCode()).isEqualTo(404);
	}

	@Test
	void onlyAdministratorsWrite() {
		String entry = """
				{"code":"98-04","category":"安全隐患","name":"测试","issueType":"SAFETY_HAZARD"}""";
		for (String user : new String[] { "gridleader1", "district1", "station1" }) {
			assertThat(as(user).postJson("/api/catalogue/subcategories", entry).statusCode()).as(user).isEqualTo(403);
			assertThat(as(user).putJson("/api/catalogue/subcategories/01-01", """
					{"category":"市容环境","name":"改名","issueType":"SANITATION"}""").statusCode()).as(user).isEqualTo(403);
			assertThat(as(user).postJson("/api/catalogue/subcategories/01-01/deactivate", "").statusCode()).as(user)
				.isEqualTo(403);
			assertThat(as(user).postMultipart("/api/catalogue/import", csv("subcategories", "subcategories.csv",
					"code,category,name,issue_type\n98-04,安全隐患,测试,SAFETY_HAZARD\n")).statusCode()).as(user)
				.isEqualTo(403);
		}
		assertThat(ApiClient.as(this.port, "admin", "admin").get("/api/catalogue/processes").statusCode()).isEqualTo(200);
		assertThat(as("gridleader1").get("/api/catalogue/subcategories/01-01").statusCode()).isEqualTo(200);
	}

	@Test
	void csvImportChecksEveryRowAndADryRunSavesNothing() throws Exception {
		String types = "code,name,handling_process,active\nCATALOGUE_TEST_IMPORT,导入测试,GeneralIssueProcess,\n";
		String entries = """
				code,category,name,issue_type,default_severity,handling_process,active
				98-05,测试大类,导入测试一,CATALOGUE_TEST_IMPORT,,,true
				98-06,测试大类,导入测试二,CATALOGUE_TEST_IMPORT,EMERGENCY,NoSuchProcess,true
				""";

		HttpResponse<String> bad = as(ADMIN).postMultipart("/api/catalogue/import",
				csv("issue_types", "issue-types.csv", types), csv("subcategories", "subcategories.csv", entries));

		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(fields(bad)).containsExactly("subcategories.csv:3:handling_process");
		assertThat(as(ADMIN).get("/api/catalogue/subcategories/98-05").statusCode()).isEqualTo(404);

		String good = entries.replace("NoSuchProcess", "GeneralIssueProcess").replace(",true\n", ",false\n");
		HttpResponse<String> dryRun = as(ADMIN).postMultipart("/api/catalogue/import?dryRun=true",
				csv("issue_types", "issue-types.csv", types), csv("subcategories", "subcategories.csv", good));
		assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
		assertThat(this.json.readTree(dryRun.body()).at("/changes/subcategories/created").asInt()).isEqualTo(2);
		assertThat(as(ADMIN).get("/api/catalogue/subcategories/98-05").statusCode()).isEqualTo(404);

		HttpResponse<String> imported = as(ADMIN).postMultipart("/api/catalogue/import",
				csv("issue_types", "issue-types.csv", types), csv("subcategories", "subcategories.csv", good));
		HttpResponse<String> again = as(ADMIN).postMultipart("/api/catalogue/import",
				csv("issue_types", "issue-types.csv", types), csv("subcategories", "subcategories.csv", good));

		assertThat(this.json.readTree(imported.body()).at("/changes/issueTypes/created").asInt()).isEqualTo(1);
		assertThat(this.json.readTree(again.body()).at("/changes/subcategories/unchanged").asInt()).isEqualTo(2);
		JsonNode second = this.json.readTree(as(ADMIN).get("/api/catalogue/subcategories/98-06").body());
		assertThat(second.path("defaultSeverity").asText()).isEqualTo("EMERGENCY");
		assertThat(second.path("handlingProcess").asText()).isEqualTo("GeneralIssueProcess");
		assertThat(second.path("active").asBoolean()).isFalse();
		deactivate("issue-types/CATALOGUE_TEST_IMPORT");
	}

	/** A process that only waits: what a call activity starts, without any task to route. */
	private String deployReceiveOnlyProcess(String key) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(key)
			.name("高空抛物处置（测试）")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.receiveTask("Activity_Wait")
			.endEvent()
			.done();
		this.repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
		return key;
	}

	/** Sorts and registers the case as station and street would. */
	private ProcessInstance register(String trackingNumber) {
		ProcessInstance lifecycle = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.processDefinitionKey("CaseLifecycleProcess")
			.singleResult();
		complete(lifecycle, Map.of("sortingNote", "属实，已定位"));
		complete(lifecycle, Map.of("registerDecision", "REGISTER"));
		return lifecycle;
	}

	private String sanitationName() {
		return this.jdbc.queryForObject("select name from catalogue_issue_type where code = 'SANITATION'", String.class);
	}

	private void complete(ProcessInstance instance, Map<String, Object> variables) {
		Task task = this.tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		this.tasks.complete(task.getId(), variables);
	}

	private void create(String code, String issueType, String process) {
		String handling = process == null ? "" : ",\"handlingProcess\":\"" + process + "\"";
		HttpResponse<String> created = as(ADMIN).postJson("/api/catalogue/subcategories", """
				{"code":"%s","category":"测试大类","name":"测试%s","issueType":"%s"%s}"""
			.formatted(code, code, issueType, handling));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	private void deactivate(String entry) {
		HttpResponse<String> response = as(ADMIN).postJson("/api/catalogue/" + entry + "/deactivate", "");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private static String report(String subcategory) {
		return """
				{"channel":"PATROL","subcategory":"%s","gridCode":"%s","description":"3号楼有人从窗口扔花盆",
				 "address":"顺河路1号院3号楼","reporter":{"name":"张三","phone":"13800000000"}}"""
			.formatted(subcategory, DemoDistrict.FIRST_GRID);
	}

	private static Part csv(String name, String fileName, String content) {
		return new Part(name, fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private java.util.List<String> codes(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body()).findValuesAsText("code");
	}

	private java.util.List<String> fields(HttpResponse<String> response) throws Exception {
		return this.json.readTree(response.body()).path("errors").findValuesAsText("field");
	}

	private ApiClient as(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

}
