package org.gridcase.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.grid.Role;

/**
 * What the matrix's requests point at, so that a denial is a real authorization answer and not
 * a 404: a fresh case filed by a grid worker (its process instance, task, execution, job,
 * comment, attachment), a throw-away deployment ({@code matrix/GridCaseMatrixProbe.bpmn} and a
 * decision, also for a tenant) with a running instance (external task, job, message subscription,
 * incident, batch), and engine users, groups, a tenant, a filter and an authorization of its own.
 * Also what the expectations depend on: who is a candidate of the task, where each login serves,
 * who may see the case. {@link #remove()} takes away what would otherwise stay shared.
 */
final class MatrixFixtures {

	/** The grid the case lies in and the reports are filed for. */
	static final String GRID = "410104001001001";

	/** An id nothing has: the engine administrator's requests use it, so that nothing shared changes. */
	static final String MISSING = "gridcasematrixmissing";

	static final String VARIABLE = "gridcaseMatrixProbe";

	static final String MESSAGE = "GridCaseMatrixProbeMessage";

	static final String SIGNAL = "GridCaseMatrixProbeSignal";

	static final String PROBE_USER = "gridcasematrixprobe";

	static final String PROBE_GROUP = "gridcasematrixgroup";

	static final String TENANT = "gridcasematrix";

	/** The external task worker: the fixture's external task is locked by it. */
	static final String WORKER = "gridcase-matrix";

	/** Ids the create requests of principals other than the engine administrator use. */
	static final String NEW_ID = "gridcasematrixnew";

	private static final Principal ENGINE_ADMIN = Principal.ENGINE_ADMIN;

	private final MatrixClient client;

	private final ObjectMapper json;

	private final Map<String, String> ids = new HashMap<>();

	private final Set<String> candidates = new TreeSet<>();

	private final Map<String, List<JsonNode>> roles = new HashMap<>();

	private final Map<String, Boolean> seesCase = new HashMap<>();

	/** Batches and history cleanup jobs there were before: the administrator's probes may add some. */
	private final Set<String> existingJobs = new TreeSet<>();

	private double lon;

	private double lat;

	private MatrixFixtures(MatrixClient client, ObjectMapper json) {
		this.client = client;
		this.json = json;
	}

	static MatrixFixtures create(MatrixClient client, ObjectMapper json) {
		MatrixFixtures fixtures = new MatrixFixtures(client, json);
		fixtures.existingJobs.addAll(fixtures.batchesAndCleanupJobs());
		fixtures.createVolunteer();
		fixtures.fileCase();
		fixtures.deployProbe();
		fixtures.createIdentity();
		fixtures.learnWhoIsWho();
		return fixtures;
	}

	/** The fixture id of a name such as {@code task}, {@code processDefinition}, {@code batch}. */
	String id(String name) {
		String id = this.ids.get(name);
		if (id == null) {
			throw new IllegalStateException("No fixture " + name);
		}
		return id;
	}

	double lon() {
		return this.lon;
	}

	double lat() {
		return this.lat;
	}

	boolean isCandidate(Principal principal) {
		return this.candidates.contains(principal.login());
	}

	/** Whether the principal holds its role at the grid or at a place above it. */
	boolean servesGrid(Principal principal) {
		return this.roles.getOrDefault(principal.login(), List.of())
			.stream()
			.anyMatch(held -> held.path("roleAtPlace").path("role").asText().equals(principal.role().name())
					&& GRID.startsWith(held.path("roleAtPlace").path("placeCode").asText("-")));
	}

	boolean seesCase(Principal principal) {
		return this.seesCase.getOrDefault(principal.login(), false);
	}

	private void createVolunteer() {
		// the login first, with the matrix's password: appointing someone who has no login opens one
		// with a first password to change (staffing), which the matrix would not know
		if (this.client.send(ENGINE_ADMIN, Surface.ENGINE_REST, "GET", "/user/" + Principal.VOLUNTEER_LOGIN + "/profile",
				Body.NONE).statusCode() == 404) {
			ok(admin("POST", "/user/create", Body.json("{\"profile\":{\"id\":\"" + Principal.VOLUNTEER_LOGIN
					+ "\",\"firstName\":\"矩阵\",\"lastName\":\"志愿者\"},\"credentials\":{\"password\":\""
					+ Principal.DEMO_PASSWORD + "\"}}")));
		}
		Principal orgAdmin = principal(Role.ADMIN);
		ok(this.client.send(orgAdmin, Surface.OURS, "PUT", "/api/people/" + Principal.VOLUNTEER_LOGIN,
				Body.json("{\"name\":\"矩阵志愿者\"}")));
		this.ids.put("assignment", assign(orgAdmin, GRID));
		// the one the organisation rows may end: a second grid, so the matrix's grid stays served
		this.ids.put("spareAssignment", assign(orgAdmin, "410104001001002"));
	}

	private String assign(Principal orgAdmin, String place) {
		return read(ok(this.client.send(orgAdmin, Surface.OURS, "POST", "/api/assignments",
				Body.json("{\"username\":\"" + Principal.VOLUNTEER_LOGIN + "\",\"role\":\"VOLUNTEER\",\"placeCode\":\""
						+ place + "\",\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"}"))))
			.path("id")
			.asText();
	}

	private void fileCase() {
		this.ids.put("victimTask", firstTask(fileReport()));
		// the phone page's task API claims for real: a case of its own, so the engine's task stays unclaimed
		this.ids.put("phoneTask", firstTask(fileReport()));
		JsonNode grid = read(ok(this.client.send(principal(Role.ADMIN), Surface.OURS, "GET", "/api/grids/" + GRID, Body.NONE)));
		this.lon = grid.path("lon").asDouble();
		this.lat = grid.path("lat").asDouble();
		JsonNode receipt = fileReport();
		this.ids.put("case", receipt.path("caseId").asText());
		this.ids.put("trackingNumber", receipt.path("trackingNumber").asText());
		String instance = first(admin("GET", "/process-instance?businessKey=" + id("trackingNumber"), Body.NONE)).path("id").asText();
		this.ids.put("processInstance", instance);
		JsonNode task = first(admin("GET", "/task?processInstanceId=" + instance, Body.NONE));
		this.ids.put("task", task.path("id").asText());
		this.ids.put("execution", task.path("executionId").asText());
		this.ids.put("job", first(admin("GET", "/job?processInstanceId=" + instance, Body.NONE)).path("id").asText());
		this.ids.put("comment", read(ok(admin("POST", "/task/" + id("task") + "/comment/create",
				Body.json("{\"message\":\"写入矩阵探测\",\"processInstanceId\":\"" + instance + "\"}"))))
			.path("id")
			.asText());
		Map<String, String> attachment = new LinkedHashMap<>();
		attachment.put("attachment-name", "写入矩阵探测");
		attachment.put("url", "https://gridcase.invalid/matrix");
		this.ids.put("attachment", read(ok(admin("POST", "/task/" + id("task") + "/attachment/create",
				Body.multipart(attachment)))).path("id").asText());
		this.ids.put("historicVariable",
				first(admin("GET", "/history/variable-instance?processInstanceId=" + instance, Body.NONE)).path("id").asText());
		for (JsonNode link : read(ok(admin("GET", "/task/" + id("task") + "/identity-links?type=candidate", Body.NONE)))) {
			for (Principal principal : Principal.ALL) {
				if (principal.role() != null && memberOf(principal, link.path("groupId").asText())) {
					this.candidates.add(principal.login());
				}
			}
		}
		if (this.candidates.isEmpty()) {
			throw new IllegalStateException("Nobody of the matrix is a candidate of the case's first task");
		}
	}

	private JsonNode fileReport() {
		JsonNode receipt = read(ok(this.client.send(principal(Role.GRID_WORKER), Surface.OURS, "POST", "/api/reports",
				Body.json("{\"channel\":\"PATROL\",\"subcategory\":\"01-01\",\"gridCode\":\"" + GRID
						+ "\",\"description\":\"写入矩阵探测 " + System.nanoTime() + "\",\"address\":\"顺河路口\","
						+ "\"reporter\":{\"name\":\"矩阵\"}}"))));
		if (receipt.path("linkedToExistingCase").asBoolean() || !GRID.equals(receipt.path("gridCode").asText())) {
			throw new IllegalStateException("The matrix needs a fresh case in grid " + GRID + ", got " + receipt);
		}
		return receipt;
	}

	private String firstTask(JsonNode receipt) {
		String instance = first(admin("GET", "/process-instance?businessKey=" + receipt.path("trackingNumber").asText(), Body.NONE))
			.path("id")
			.asText();
		return first(admin("GET", "/task?processInstanceId=" + instance, Body.NONE)).path("id").asText();
	}

	private boolean memberOf(Principal principal, String group) {
		for (JsonNode held : read(ok(admin("GET", "/group?member=" + principal.login(), Body.NONE)))) {
			if (held.path("id").asText().equals(group)) {
				return true;
			}
		}
		return false;
	}

	private void deployProbe() {
		this.ids.put("deployment", deploy(null));
		JsonNode tenantDeployment = read(ok(admin("POST", "/deployment/create", deployment(TENANT))));
		this.ids.put("tenantDeployment", tenantDeployment.path("id").asText());
		String definition = this.ids.get("processDefinition");
		this.ids.put("jobDefinition",
				first(admin("GET", "/job-definition?processDefinitionId=" + definition, Body.NONE)).path("id").asText());
		String probe = read(ok(admin("POST", "/process-definition/" + definition + "/start", Body.json("{}")))).path("id")
			.asText();
		this.ids.put("probeInstance", probe);
		this.ids.put("externalTask", first(admin("GET", "/external-task?processInstanceId=" + probe, Body.NONE)).path("id").asText());
		ok(admin("POST", "/external-task/" + id("externalTask") + "/lock",
				Body.json("{\"workerId\":\"" + WORKER + "\",\"lockDuration\":86400000}")));
		this.ids.put("messageExecution",
				first(admin("GET", "/event-subscription?eventType=message&processInstanceId=" + probe, Body.NONE))
					.path("executionId")
					.asText());
		this.ids.put("incident", read(ok(admin("POST", "/execution/" + id("messageExecution") + "/create-incident",
				Body.json("{\"incidentType\":\"gridcaseMatrixProbe\",\"configuration\":\"probe\",\"message\":\"写入矩阵探测\"}"))))
			.path("id")
			.asText());
		String decision = id("decisionDefinition");
		ok(admin("POST", "/decision-definition/" + decision + "/evaluate",
				Body.json("{\"variables\":{\"" + VARIABLE + "\":{\"value\":\"probe\"}}}")));
		this.ids.put("historicDecision",
				first(admin("GET", "/history/decision-instance?decisionDefinitionId=" + decision, Body.NONE)).path("id").asText());
		String probeJob = first(admin("GET", "/job?processInstanceId=" + probe, Body.NONE)).path("id").asText();
		this.ids.put("batch", read(ok(admin("POST", "/job/retries",
				Body.json("{\"jobIds\":[\"" + probeJob + "\"],\"retries\":3}")))).path("id").asText());
	}

	private String deploy(String tenant) {
		JsonNode deployment = read(ok(admin("POST", "/deployment/create", deployment(tenant))));
		deployment.path("deployedProcessDefinitions").forEach(definition -> {
			if (definition.path("key").asText().equals("GridCaseMatrixProbe")) {
				this.ids.put("processDefinition", definition.path("id").asText());
			}
		});
		deployment.path("deployedDecisionDefinitions")
			.forEach(definition -> this.ids.put("decisionDefinition", definition.path("id").asText()));
		return deployment.path("id").asText();
	}

	private Body deployment(String tenant) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("deployment-name", "gridcase-matrix-probe");
		parts.put("enable-duplicate-filtering", "false");
		if (tenant != null) {
			parts.put("tenant-id", tenant);
		}
		parts.put("data:GridCaseMatrixProbe.bpmn", resource("GridCaseMatrixProbe.bpmn"));
		parts.put("decision:GridCaseMatrixProbeDecision.dmn", resource("GridCaseMatrixProbeDecision.dmn"));
		return Body.multipart(parts);
	}

	private void createIdentity() {
		ok(admin("POST", "/user/create", Body.json("{\"profile\":{\"id\":\"" + PROBE_USER
				+ "\",\"firstName\":\"矩阵\"},\"credentials\":{\"password\":\"gridcase-matrix-1\"}}")));
		ok(admin("POST", "/group/create", Body.json("{\"id\":\"" + PROBE_GROUP + "\",\"name\":\"写入矩阵探测\",\"type\":\"WORKFLOW\"}")));
		ok(admin("POST", "/tenant/create", Body.json("{\"id\":\"" + TENANT + "\",\"name\":\"写入矩阵探测\"}")));
		this.ids.put("filter", read(ok(admin("POST", "/filter/create",
				Body.json("{\"resourceType\":\"Task\",\"name\":\"写入矩阵探测\",\"query\":{}}")))).path("id").asText());
		this.ids.put("authorization", read(ok(admin("POST", "/authorization/create",
				Body.json("{\"type\":1,\"permissions\":[\"ACCESS\"],\"userId\":\"" + PROBE_USER
						+ "\",\"resourceType\":0,\"resourceId\":\"gridcasematrix\"}")))).path("id").asText());
		this.ids.put("operation",
				first(admin("GET", "/history/user-operation?sortBy=timestamp&sortOrder=desc&maxResults=1", Body.NONE))
					.path("operationId")
					.asText());
	}

	private void learnWhoIsWho() {
		for (Principal principal : Principal.ALL) {
			if (principal.role() != null) {
				List<JsonNode> held = new java.util.ArrayList<>();
				read(ok(this.client.send(principal(Role.ADMIN), Surface.OURS, "GET",
						"/api/people/" + principal.login() + "/roles", Body.NONE))).forEach(held::add);
				this.roles.put(principal.login(), held);
				this.seesCase.put(principal.login(),
						this.client.send(principal, Surface.OURS, "GET", "/api/cases/" + id("case"), Body.NONE)
							.statusCode() == 200);
			}
		}
		if (!servesGrid(principal(Role.VOLUNTEER))) {
			throw new IllegalStateException("The matrix's volunteer does not serve grid " + GRID);
		}
	}

	/** The fixtures the engine administrator cannot find (any is a reason to distrust a 404). */
	List<String> missing() {
		Map<String, String> paths = new LinkedHashMap<>();
		paths.put("task", "/task/" + id("task"));
		paths.put("case process instance", "/process-instance/" + id("processInstance"));
		paths.put("execution", "/execution/" + id("execution"));
		paths.put("job", "/job/" + id("job"));
		paths.put("comment", "/task/" + id("task") + "/comment/" + id("comment"));
		paths.put("attachment", "/task/" + id("task") + "/attachment/" + id("attachment"));
		paths.put("historic variable", "/history/variable-instance/" + id("historicVariable"));
		paths.put("deployment", "/deployment/" + id("deployment"));
		paths.put("tenant deployment", "/deployment/" + id("tenantDeployment"));
		paths.put("process definition", "/process-definition/" + id("processDefinition"));
		paths.put("decision definition", "/decision-definition/" + id("decisionDefinition"));
		paths.put("job definition", "/job-definition/" + id("jobDefinition"));
		paths.put("probe instance", "/process-instance/" + id("probeInstance"));
		paths.put("external task", "/external-task/" + id("externalTask"));
		paths.put("incident", "/incident/" + id("incident"));
		paths.put("batch", "/batch/" + id("batch"));
		paths.put("filter", "/filter/" + id("filter"));
		paths.put("authorization", "/authorization/" + id("authorization"));
		paths.put("probe user", "/user/" + PROBE_USER + "/profile");
		paths.put("volunteer's engine user", "/user/" + Principal.VOLUNTEER_LOGIN + "/profile");
		paths.put("group", "/group/" + PROBE_GROUP);
		paths.put("tenant", "/tenant/" + TENANT);
		return paths.entrySet()
			.stream()
			.filter(fixture -> admin("GET", fixture.getValue(), Body.NONE).statusCode() != 200)
			.map(fixture -> "fixture " + fixture.getKey() + " (GET /engine-rest" + fixture.getValue() + ")")
			.toList();
	}

	private Set<String> batchesAndCleanupJobs() {
		Set<String> ids = new TreeSet<>();
		read(ok(admin("GET", "/batch", Body.NONE))).forEach(batch -> ids.add("/batch/" + batch.path("id").asText()));
		HttpResponse<String> cleanup = admin("GET", "/history/cleanup/jobs", Body.NONE);
		// the engine answers 404 when there are none
		if (cleanup.statusCode() != 404) {
			read(ok(cleanup)).forEach(job -> ids.add("/job/" + job.path("id").asText()));
		}
		return ids;
	}

	/** Takes away the throw-away engine data and ends the volunteer's assignments. */
	void remove() {
		for (String added : batchesAndCleanupJobs()) {
			if (!this.existingJobs.contains(added)) {
				admin("DELETE", added + (added.startsWith("/batch/") ? "?cascade=true" : ""), Body.NONE);
			}
		}
		admin("DELETE", "/batch/" + this.ids.get("batch") + "?cascade=true", Body.NONE);
		admin("DELETE", "/deployment/" + this.ids.get("deployment") + "?cascade=true&skipCustomListeners=true", Body.NONE);
		admin("DELETE", "/deployment/" + this.ids.get("tenantDeployment") + "?cascade=true&skipCustomListeners=true",
				Body.NONE);
		admin("DELETE", "/filter/" + this.ids.get("filter"), Body.NONE);
		admin("DELETE", "/authorization/" + this.ids.get("authorization"), Body.NONE);
		for (String user : List.of(PROBE_USER, NEW_ID, Principal.VOLUNTEER_LOGIN)) {
			admin("DELETE", "/user/" + user, Body.NONE);
		}
		for (String group : List.of(PROBE_GROUP, NEW_ID)) {
			admin("DELETE", "/group/" + group, Body.NONE);
		}
		for (String tenant : List.of(TENANT, NEW_ID)) {
			admin("DELETE", "/tenant/" + tenant, Body.NONE);
		}
		admin("DELETE", "/task/" + NEW_ID, Body.NONE);
		for (String assignment : List.of("assignment", "spareAssignment")) {
			if (this.ids.containsKey(assignment)) {
				this.client.send(principal(Role.ADMIN), Surface.OURS, "POST", "/api/assignments/" + this.ids.get(assignment)
						+ "/end", Body.json("{\"validTo\":\"" + LocalDate.now() + "\"}"));
			}
		}
	}

	static Principal principal(Role role) {
		return Principal.ALL.stream().filter(principal -> principal.role() == role).findFirst().orElseThrow();
	}

	private HttpResponse<String> admin(String method, String path, Body body) {
		return this.client.send(ENGINE_ADMIN, Surface.ENGINE_REST, method, path, body);
	}

	private JsonNode first(HttpResponse<String> response) {
		JsonNode list = read(ok(response));
		if (!list.isArray() || list.isEmpty()) {
			throw new IllegalStateException("Nothing found at " + response.uri());
		}
		return list.get(0);
	}

	private static HttpResponse<String> ok(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("Fixture request " + response.request().method() + " " + response.uri()
					+ " answered " + response.statusCode() + ": " + response.body());
		}
		return response;
	}

	private JsonNode read(HttpResponse<String> response) {
		try {
			return this.json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String resource(String name) {
		try (InputStream resource = MatrixFixtures.class.getResourceAsStream("/matrix/" + name)) {
			return new String(resource.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
