package org.gridcase.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request(s) that test one cell: the path filled with real fixture ids (the engine
 * administrator's engine requests with ids nothing has), and a harmless body: invalid input
 * that an authorized caller gets a 400 for, or an empty object. Nothing here destroys a fixture
 * when authorization holds.
 */
final class Probes {

	/** One request of a cell. */
	record Probe(String method, String path, Body body) {
	}

	private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

	private final MatrixFixtures fixtures;

	Probes(MatrixFixtures fixtures) {
		this.fixtures = fixtures;
	}

	List<Probe> probes(Endpoint endpoint, Principal principal) {
		String path = fill(endpoint, principal);
		String method = endpoint.method();
		return switch (endpoint.surface()) {
			case OURS -> ours(endpoint, path);
			case ENGINE_REST, WEBAPP_ENGINE -> List.of(new Probe(method, path, engineBody(endpoint, principal)));
			case WEBAPP -> List.of(new Probe(method, path, webappBody(endpoint, principal)));
		};
	}

	private List<Probe> ours(Endpoint endpoint, String path) {
		String method = endpoint.method();
		if (endpoint.path().startsWith("/open311/")) {
			// grid found from the point; the service code does not exist: 400 once the grid is known
			return List.of(new Probe(method, path, Body.form(Map.of("service_code", "99-99", "lat",
					String.valueOf(this.fixtures.lat()), "long", String.valueOf(this.fixtures.lon()), "description",
					"写入矩阵探测"))));
		}
		List<Probe> probes = new ArrayList<>();
		String report = "{\"channel\":\"PATROL\",\"subcategory\":\"99-99\",\"gridCode\":\"" + MatrixFixtures.GRID
				+ "\",\"lon\":" + this.fixtures.lon() + ",\"lat\":" + this.fixtures.lat()
				+ ",\"description\":\"写入矩阵探测\",\"reporter\":{\"name\":\"矩阵\"}}";
		if (endpoint.path().equals("/api/reports")) {
			if (endpoint.consumes("application/json")) {
				probes.add(new Probe(method, path, Body.json(report)));
			}
			if (endpoint.consumes("multipart/form-data")) {
				probes.add(new Probe(method, path, Body.multipart(Map.of("report", report))));
			}
			return probes;
		}
		if (endpoint.path().equals("/api/cases")) {
			return List.of(new Probe(method, path,
					Body.json("{\"gridCode\":\"" + MatrixFixtures.GRID + "\",\"issueType\":\"\",\"description\":\"\"}")));
		}
		if (endpoint.path().equals("/api/cases/{id}/attachments")) {
			return List.of(new Probe(method, path, Body.multipart(Map.of("photos:probe.jpg", "not an image"))));
		}
		if (endpoint.consumes("multipart/form-data")) {
			return List.of(new Probe(method, path, Body.multipart(Map.of("grids:grids.csv", "not,a,header\n"))));
		}
		return List.of(new Probe(method, path, endpoint.contentTypes().isEmpty() ? Body.NONE : Body.json("{}")));
	}

	private Body engineBody(Endpoint endpoint, Principal principal) {
		if (endpoint.method().equals("DELETE")) {
			return Body.NONE;
		}
		boolean admin = principal.isEngineAdmin();
		String operation = endpoint.operationId();
		if (!endpoint.consumes("application/json") && endpoint.consumes("multipart/form-data")) {
			Map<String, String> parts = new LinkedHashMap<>();
			if (operation.equals("createDeployment")) {
				parts.put("deployment-name", "gridcase-matrix-probe");
				parts.put("data:gridcase-matrix-invalid.bpmn", "not a model");
			}
			else if (operation.equals("addAttachment")) {
				parts.put("attachment-name", "写入矩阵探测");
				parts.put("url", "https://gridcase.invalid/matrix");
			}
			else {
				parts.put("data:probe.bin", "probe");
				parts.put("valueType", "Bytes");
			}
			return Body.multipart(parts);
		}
		String missing = MatrixFixtures.MISSING;
		String probeInstance = admin ? missing : this.fixtures.id("probeInstance");
		String probeDefinition = admin ? missing : this.fixtures.id("processDefinition");
		String json = switch (operation) {
			// the case's first task demands a sorting note: completing without one is a 400
			case "complete", "submit" -> "{\"variables\":{}}";
			case "claim" -> "{\"userId\":\"" + principal.login() + "\"}";
			case "createComment" -> "{\"message\":\"写入矩阵探测\"}";
			case "updateTaskComment", "updateProcessInstanceComment" -> "{\"id\":\"" + this.fixtures.id("comment")
					+ "\",\"message\":\"写入矩阵探测\"}";
			case "handleBpmnError" -> "{\"errorCode\":\"Err_GridCaseMatrix\"}";
			case "handleEscalation" -> "{\"escalationCode\":\"Esc_GridCaseMatrix\"}";
			case "addIdentityLink", "deleteIdentityLink" -> "{\"groupId\":\"" + MatrixFixtures.PROBE_GROUP
					+ "\",\"type\":\"candidate\"}";
			case "deliverMessage" -> "{\"messageName\":\"" + MatrixFixtures.MESSAGE + "\",\"processInstanceId\":\""
					+ probeInstance + "\"}";
			case "throwSignal" -> "{\"name\":\"" + (admin ? missing : MatrixFixtures.SIGNAL) + "\"}";
			// a true condition: starting the conditional probe is what must be denied
			case "evaluateCondition" -> "{\"variables\":{\"" + MatrixFixtures.VARIABLE + "\":{\"value\":\""
					+ (admin ? "no" : "start") + "\"}}}";
			case "modifyProcessInstance", "modifyProcessInstanceAsyncOperation" ->
				"{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Activity_GridCaseMatrixMissing\"}]}";
			case "executeModification", "executeModificationAsync" -> "{\"processDefinitionId\":\"" + probeDefinition
					+ "\",\"processInstanceIds\":[\"" + probeInstance
					+ "\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Event_ProbeEnded\"}]}";
			case "executeMigrationPlan", "executeMigrationPlanAsync" -> "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\""
					+ probeDefinition + "\",\"targetProcessDefinitionId\":\"" + probeDefinition
					+ "\",\"instructions\":[]},\"processInstanceIds\":[\"" + probeInstance + "\"]}";
			case "restartProcessInstance", "restartProcessInstanceAsyncOperation" -> "{\"processInstanceIds\":[\"" + missing
					+ "\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Activity_Probe\"}]}";
			case "deleteProcessInstancesAsyncOperation" -> "{\"processInstanceIds\":[\"" + missing + "\"]}";
			case "deleteAsyncHistoricQueryBased" -> "{\"historicProcessInstanceQuery\":{\"processInstanceId\":\""
					+ probeInstance + "\"}}";
			case "deleteHistoricProcessInstancesAsync" -> "{\"historicProcessInstanceIds\":[\"" + missing + "\"]}";
			case "deleteAsync" -> "{\"historicDecisionInstanceIds\":[\"" + missing + "\"]}";
			case "setRemovalTimeAsync" -> "{\"historicProcessInstanceIds\":[\"" + probeInstance
					+ "\"],\"absoluteRemovalTime\":\"2099-01-01T00:00:00.000+0000\"}";
			case "setRemovalTimeAsyncHistoricDecisionInstance" -> "{\"historicDecisionInstanceIds\":[\""
					+ (admin ? missing : this.fixtures.id("historicDecision"))
					+ "\"],\"absoluteRemovalTime\":\"2099-01-01T00:00:00.000+0000\"}";
			case "setRemovalTimeAsyncHistoricBatch" -> "{\"historicBatchIds\":[\"" + (admin ? missing : this.fixtures.id("batch"))
					+ "\"],\"absoluteRemovalTime\":\"2099-01-01T00:00:00.000+0000\"}";
			case "setJobRetriesAsyncOperation" -> "{\"jobIds\":[\"" + missing + "\"],\"retries\":3}";
			case "setRetriesByProcess" -> "{\"processInstances\":[\"" + probeInstance + "\"],\"retries\":3}";
			case "setRetriesByProcessHistoricQueryBased" -> "{\"historicProcessInstanceQuery\":{\"processInstanceId\":\""
					+ probeInstance + "\"},\"retries\":3}";
			case "correlateMessageAsyncOperation" -> "{\"messageName\":\"" + MatrixFixtures.MESSAGE
					+ "\",\"processInstanceIds\":[\"" + probeInstance + "\"]}";
			case "updateSuspensionStateAsyncOperation" -> "{\"processInstanceIds\":[\"" + probeInstance
					+ "\"],\"suspended\":false}";
			case "setVariablesAsyncOperation" -> "{\"processInstanceIds\":[\"" + probeInstance + "\"],\"variables\":{\""
					+ MatrixFixtures.VARIABLE + "\":{\"value\":\"x\"}}}";
			case "updateSuspensionState" -> "{\"processInstanceIds\":[\"" + probeInstance + "\"],\"suspended\":false}";
			case "updateSuspensionStateBy" -> "{\"processInstanceId\":\"" + probeInstance + "\",\"suspended\":false}";
			case "updateSuspensionStateJobDefinitions" -> "{\"processDefinitionId\":\"" + probeDefinition
					+ "\",\"suspended\":false}";
			case "updateProcessDefinitionSuspensionState" -> "{\"processDefinitionKey\":\""
					+ (admin ? missing : "GridCaseMatrixProbe") + "\",\"suspended\":false}";
			case "updateSuspensionStateById", "updateJobSuspensionState", "updateSuspensionStateJobDefinition",
					"updateProcessDefinitionSuspensionStateById", "updateProcessDefinitionSuspensionStateByKey",
					"updateProcessDefinitionSuspensionStateByKeyAndTenantId", "updateBatchSuspensionState" ->
				"{\"suspended\":false}";
			case "setExternalTaskRetriesAsyncOperation", "setExternalTaskRetries" -> "{\"externalTaskIds\":[\""
					+ (admin ? missing : this.fixtures.id("externalTask")) + "\"],\"retries\":1}";
			case "setExternalTaskResourceRetries", "setJobRetries", "setJobRetriesJobDefinition" -> "{\"retries\":3}";
			case "setJobDuedate" -> "{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}";
			case "createAuthorization" -> admin
					? "{\"type\":1,\"permissions\":[\"ACCESS\"],\"resourceType\":0,\"resourceId\":\"" + missing + "\"}"
					: "{\"type\":1,\"permissions\":[\"ACCESS\"],\"userId\":\"" + MatrixFixtures.NEW_ID
							+ "\",\"resourceType\":0,\"resourceId\":\"" + MatrixFixtures.NEW_ID + "\"}";
			case "createFilter" -> admin ? "{}" : "{\"resourceType\":\"Task\",\"name\":\"写入矩阵探测\",\"query\":{}}";
			// the external task is locked by this worker (see MatrixFixtures), so the engine reaches its authorization check
			case "fetchAndLock" -> "{\"workerId\":\"" + MatrixFixtures.WORKER + "\",\"maxTasks\":1,\"topics\":"
					+ "[{\"topicName\":\"gridcase-matrix-probe\",\"lockDuration\":1000}]}";
			case "handleExternalTaskBpmnError", "completeExternalTaskResource", "handleFailure", "lock", "extendLock" ->
				"{\"workerId\":\"" + MatrixFixtures.WORKER + "\",\"errorCode\":\"Err_GridCaseMatrix\",\"lockDuration\":"
						+ "3600000,\"newDuration\":3600000,\"retries\":1,\"retryTimeout\":1000}";
			case "setExternalTaskResourcePriority", "setJobPriority", "setJobPriorityJobDefinition" -> "{\"priority\":1}";
			case "configureTelemetry" -> "{\"enableTelemetry\":false}";
			case "createIncident" -> "{\"incidentType\":\"gridcaseMatrixProbe\",\"configuration\":\"probe\"}";
			case "createUser" -> "{\"profile\":{\"id\":\"" + newId(admin) + "\",\"firstName\":\"矩阵\"},"
					+ "\"credentials\":{\"password\":\"gridcase-matrix-1\"}}";
			case "createGroup", "createTenant" -> "{\"id\":\"" + newId(admin) + "\",\"name\":\"写入矩阵探测\"}";
			// the administrator's parent task does not exist: 404 once authorized
			case "createTask" -> admin ? "{\"name\":\"写入矩阵探测\",\"parentTaskId\":\"" + missing + "\"}"
					: "{\"id\":\"" + MatrixFixtures.NEW_ID + "\",\"name\":\"写入矩阵探测\"}";
			// the caller's own password: a wrong one would count as a failed login
			case "updateCredentials" -> "{\"password\":\"gridcase-matrix-2\",\"authenticatedUserPassword\":\""
					+ principal.password() + "\"}";
			default -> "{}";
		};
		return Body.json(json);
	}

	/** Principals other than the engine administrator create a new id (403 expected); the administrator an invalid one. */
	private static String newId(boolean admin) {
		return admin ? "gridcase matrix invalid!" : MatrixFixtures.NEW_ID;
	}

	private Body webappBody(Endpoint endpoint, Principal principal) {
		return switch (endpoint.operationId()) {
			case "doLogin" -> Body.form(Map.of("username", principal.isAnonymous() ? MatrixFixtures.MISSING : principal.login(),
					"password", principal.isAnonymous() ? "" : principal.password()));
			case "doLogout" -> Body.NONE;
			case "createInitialUser" -> Body.json("{\"profile\":{\"id\":\"" + MatrixFixtures.NEW_ID
					+ "\"},\"credentials\":{\"password\":\"gridcase-matrix-1\"}}");
			default -> Body.json("{}");
		};
	}

	private String fill(Endpoint endpoint, Principal principal) {
		boolean missing = principal.isEngineAdmin()
				&& (endpoint.surface() == Surface.ENGINE_REST || endpoint.surface() == Surface.WEBAPP_ENGINE);
		Matcher parameters = PARAMETER.matcher(endpoint.path());
		StringBuilder path = new StringBuilder();
		while (parameters.find()) {
			String name = parameters.group(1);
			String value = name.equals("engine") || name.equals("appName") ? fixture(endpoint, name)
					: missing ? MatrixFixtures.MISSING : fixture(endpoint, name);
			parameters.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		parameters.appendTail(path);
		return path.toString();
	}

	private String fixture(Endpoint endpoint, String parameter) {
		String resource = resource(endpoint);
		return switch (parameter) {
			case "engine" -> "default";
			case "appName" -> "tasklist";
			case "format" -> "json";
			case "varName" -> MatrixFixtures.VARIABLE;
			case "messageName" -> MatrixFixtures.MESSAGE;
			case "commentId" -> this.fixtures.id("comment");
			case "attachmentId" -> this.fixtures.id("attachment");
			case "userId" -> MatrixFixtures.PROBE_USER;
			case "groupId" -> MatrixFixtures.PROBE_GROUP;
			case "tenant-id" -> MatrixFixtures.TENANT;
			case "operationId" -> this.fixtures.id("operation");
			case "trackingNumber" -> this.fixtures.id("trackingNumber");
			case "username" -> Principal.VOLUNTEER_LOGIN;
			case "key" -> resource.equals("decision-definition") ? "GridCaseMatrixProbeDecision" : "GridCaseMatrixProbe";
			case "code" -> resource.equals("api/departments") ? "URBAN_MANAGEMENT" : MatrixFixtures.GRID;
			case "id" -> id(endpoint, resource);
			default -> throw new IllegalStateException("No fixture for {" + parameter + "} in " + endpoint.name());
		};
	}

	private String id(Endpoint endpoint, String resource) {
		String path = endpoint.path();
		return switch (resource) {
			case "user" -> MatrixFixtures.PROBE_USER;
			case "group" -> MatrixFixtures.PROBE_GROUP;
			case "tenant" -> MatrixFixtures.TENANT;
			// a BPMN error or escalation nobody catches ends the task: a case of its own takes it
			case "task" -> this.fixtures.id(path.endsWith("/bpmnError") || path.endsWith("/bpmnEscalation") ? "victimTask" : "task");
			case "process-instance", "history/process-instance" -> this.fixtures.id("processInstance");
			case "execution" -> this.fixtures.id(path.contains("/messageSubscriptions/") ? "messageExecution" : "execution");
			case "job" -> this.fixtures.id("job");
			case "job-definition" -> this.fixtures.id("jobDefinition");
			case "process-definition" -> this.fixtures.id("processDefinition");
			case "decision-definition" -> this.fixtures.id("decisionDefinition");
			case "deployment" -> this.fixtures.id("deployment");
			case "external-task" -> this.fixtures.id("externalTask");
			case "incident" -> this.fixtures.id("incident");
			case "batch", "history/batch" -> this.fixtures.id("batch");
			case "filter" -> this.fixtures.id("filter");
			case "authorization" -> this.fixtures.id("authorization");
			case "history/variable-instance" -> this.fixtures.id("historicVariable");
			case "api/cases" -> this.fixtures.id("case");
			case "api/my" -> this.fixtures.id("phoneTask");
			// a patrol nobody has: patrollers get 404, everyone else 403 before it is looked up
			case "api/patrols" -> "0";
			// a warning nobody set: the district center gets 404, everyone else 403 before it is looked up
			case "api/supervision" -> "0";
			case "api/assignments" -> this.fixtures.id("spareAssignment");
			// no such key: administrators get 404
			case "api/open311" -> "00000000-0000-0000-0000-000000000000";
			default -> throw new IllegalStateException("No fixture for {id} in " + endpoint.name());
		};
	}

	/** The resource a path is about: {@code task}, {@code history/batch}, {@code api/cases}, … */
	private static String resource(Endpoint endpoint) {
		String path = endpoint.path().replaceFirst("^/cockpit/plugin/base/\\{engine}", "");
		String[] segments = path.substring(1).split("/");
		if (segments.length > 1 && (segments[0].equals("history") || segments[0].equals("api"))) {
			return segments[0] + "/" + segments[1];
		}
		return segments[0];
	}

}
