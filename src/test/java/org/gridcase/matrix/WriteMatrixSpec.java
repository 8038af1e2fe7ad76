package org.gridcase.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The write matrix as data: which endpoints there are (from the API documents and the webapps'
 * resources) and which {@link Rule} each one follows. {@link WriteMatrixDocument} renders it to
 * {@code docs/write-matrix.md}; {@link WriteMatrixTests} checks every cell against the running
 * application.
 */
final class WriteMatrixSpec {

	static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");

	/** The engine REST API's OpenAPI document (Maven artifact camunda-engine-rest-openapi). */
	static final String ENGINE_OPENAPI = "/openapi.json";

	private static final Pattern TASK_WORK = Pattern
		.compile("/task/\\{id}/(claim|unclaim|complete|submit-form|comment/create)");

	/** POST operations of the engine REST API that read: queries, counts, filter executions, checks. */
	private static final Set<String> ENGINE_READS = Set.of("generateMigrationPlan", "validateMigrationPlan",
			"checkPassword", "verifyUser");

	/**
	 * The webapps' own mutating (and POST query) resources of camunda-webapp-jakarta 7.24.0, read
	 * from the JAX-RS annotations of its classes ({@code javap -v}): Admin's SetupResource and
	 * UserAuthenticationResource, Cockpit's base plugin (BaseRootResource and its sub-resources).
	 * Tasklist and Welcome have no resources of their own that accept POST, PUT or DELETE.
	 */
	private static final List<Endpoint> WEBAPP = List.of(
			webapp("POST", "/cockpit/plugin/base/{engine}/incident", "queryIncidents", "Cockpit: incidents"),
			webapp("POST", "/cockpit/plugin/base/{engine}/incident/count", "queryIncidentsCount",
					"Cockpit: incident count"),
			webapp("POST", "/cockpit/plugin/base/{engine}/process-definition/{id}/called-process-definitions",
					"queryCalledProcessDefinitions", "Cockpit: called process definitions"),
			webapp("POST", "/cockpit/plugin/base/{engine}/process-instance", "queryProcessInstances",
					"Cockpit: process instances"),
			webapp("POST", "/cockpit/plugin/base/{engine}/process-instance/count", "queryProcessInstancesCount",
					"Cockpit: process instance count"),
			webapp("POST", "/cockpit/plugin/base/{engine}/process-instance/{id}/called-process-instances",
					"queryCalledProcessInstances", "Cockpit: called process instances"),
			webapp("POST", "/admin/setup/{engine}/user/create", "createInitialUser", "Admin: create the first user"),
			// last, in this order: the test walks each principal's rows in order, and logging out ends its session
			webapp("POST", "/admin/auth/user/{engine}/login/{appName}", "doLogin", "Log into a webapp"),
			webapp("POST", "/admin/auth/user/{engine}/logout", "doLogout", "Log out of the webapps"));

	private WriteMatrixSpec() {
	}

	/** The mutating operations (and POST queries) of an OpenAPI document, sorted by path. */
	static List<Endpoint> endpoints(Surface surface, JsonNode openApi) {
		List<Endpoint> endpoints = new ArrayList<>();
		openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
			String method = operation.getKey().toUpperCase(Locale.ROOT);
			if (MUTATING.contains(method)) {
				JsonNode details = operation.getValue();
				Set<String> contentTypes = new LinkedHashSet<>();
				details.path("requestBody").path("content").fieldNames().forEachRemaining(contentTypes::add);
				endpoints.add(new Endpoint(surface, method, path.getKey(), details.path("operationId").asText(null),
						details.path("summary").asText(""), Set.copyOf(contentTypes)));
			}
		}));
		endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
		return endpoints;
	}

	static JsonNode engineOpenApi(ObjectMapper json) {
		try (InputStream document = WriteMatrixSpec.class.getResourceAsStream(ENGINE_OPENAPI)) {
			if (document == null) {
				throw new IllegalStateException(ENGINE_OPENAPI + " is not on the test class path "
						+ "(test dependency org.camunda.bpm:camunda-engine-rest-openapi)");
			}
			return json.readTree(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Endpoint> webappEndpoints() {
		return WEBAPP;
	}

	/** The rule an endpoint follows; empty for an endpoint of ours the spec does not know yet. */
	static Optional<Rule> rule(Endpoint endpoint) {
		return switch (endpoint.surface()) {
			case OURS -> ours(endpoint);
			case ENGINE_REST, WEBAPP_ENGINE -> Optional.of(engine(endpoint));
			case WEBAPP -> Optional.of(switch (endpoint.operationId()) {
				case "createInitialUser" -> Rule.SETUP;
				case "doLogin", "doLogout" -> Rule.SESSION;
				default -> Rule.READ;
			});
		};
	}

	private static Optional<Rule> ours(Endpoint endpoint) {
		String path = endpoint.path();
		if (!endpoint.method().equals("POST") && !endpoint.method().equals("PUT")) {
			return Optional.empty();
		}
		if (path.equals("/api/reports") || path.startsWith("/open311/v2/requests")) {
			return Optional.of(Rule.FILE_REPORT);
		}
		if (path.equals("/api/reports/{trackingNumber}/unlink")) {
			return Optional.of(Rule.UNLINK_REPORT);
		}
		if (path.equals("/api/cases")) {
			return Optional.of(Rule.OPEN_CASE);
		}
		if (path.equals("/api/cases/{id}/attachments")) {
			return Optional.of(Rule.ADD_ATTACHMENT);
		}
		// notify: message templates are administered like the organisation; a person's own
		// notification preferences are theirs (/api/people/{username}/notification-preferences is
		// an organisation write below)
		if (path.equals("/api/notification-templates")) {
			return Optional.of(Rule.ORGANISATION);
		}
		if (path.equals("/api/me/notification-preferences")) {
			return Optional.of(Rule.OWN_SETTINGS);
		}
		if (path.startsWith("/api/open311/keys")) {
			return Optional.of(Rule.OPEN311_KEYS);
		}
		// the phone page (issue 11): the patrol log, and the caller's tasks worked through the engine
		if (path.equals("/api/patrols") || path.startsWith("/api/patrols/")) {
			return Optional.of(Rule.PATROL);
		}
		if (path.startsWith("/api/my/tasks/")) {
			return Optional.of(Rule.TASK_WORK);
		}
		// modeler (issue 12): deployments and migrations from the browser modeler
		if (path.startsWith("/api/modeler/")) {
			return Optional.of(Rule.MODELER);
		}
		// catalogue (issue 12)
		if (path.startsWith("/api/catalogue/")) {
			return Optional.of(Rule.CATALOGUE);
		}
		// supervision (issue 14): four-level warnings are set and lifted by the district center
		if (path.equals("/api/supervision/warnings") || path.startsWith("/api/supervision/warnings/")) {
			return Optional.of(Rule.WARNING);
		}
		for (String organisation : List.of("/api/grids", "/api/departments", "/api/people", "/api/assignments",
				"/api/organisation")) {
			if (path.equals(organisation) || path.startsWith(organisation + "/")) {
				return Optional.of(Rule.ORGANISATION);
			}
		}
		return Optional.empty();
	}

	private static Rule engine(Endpoint endpoint) {
		String operation = endpoint.operationId() == null ? "" : endpoint.operationId();
		if (operation.startsWith("query") || operation.startsWith("get") || operation.startsWith("postQuery")
				|| operation.startsWith("postExecuteFilter") || ENGINE_READS.contains(operation)) {
			return Rule.READ;
		}
		if (endpoint.method().equals("POST") && TASK_WORK.matcher(endpoint.path()).matches()) {
			return Rule.TASK_WORK;
		}
		return Rule.ENGINE_ADMIN_ONLY;
	}

	private static Endpoint webapp(String method, String path, String operationId, String summary) {
		return new Endpoint(Surface.WEBAPP, method, path, operationId, summary, Set.of("application/json"));
	}

}
