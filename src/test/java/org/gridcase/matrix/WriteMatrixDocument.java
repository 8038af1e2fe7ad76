package org.gridcase.matrix;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders the write matrix ({@code docs/write-matrix.md}) from the endpoints and their rules.
 */
final class WriteMatrixDocument {

	static final String PATH = "docs/write-matrix.md";

	static final String REWRITE_PROPERTY = "gridcase.matrix.write";

	private WriteMatrixDocument() {
	}

	/**
	 * @param ours our API and Open311 (mutating operations of {@code /v3/api-docs})
	 * @param engine the engine REST API's operations (mutating and POST queries)
	 * @param webapp the webapps' own resources
	 */
	static String render(List<Endpoint> ours, List<Endpoint> engine, List<Endpoint> webapp) {
		StringBuilder md = new StringBuilder();
		md.append("# Write matrix\n\n")
			.append("Every endpoint that changes something (POST, PUT, DELETE, PATCH) against every principal: the 15 ")
			.append("roles (as their demo logins; a test VOLUNTEER), the engine administrator and anonymous callers. ")
			.append("Generated from the spec in `src/test/java/org/gridcase/matrix` (`WriteMatrixSpec`, `Rule`); ")
			.append("`WriteMatrixTests` checks every cell against the running application and fails when this file ")
			.append("differs from what the spec renders. Do not edit it by hand; regenerate it with\n\n")
			.append("```bash\nmvn -B test -Dtest=WriteMatrixTests -D").append(REWRITE_PROPERTY).append("=true\n```\n\n")
			.append("## Cells\n\n| cell | means |\n|---|---|\n");
		for (Cell cell : Cell.values()) {
			md.append("| ").append(cell.text()).append(" | ").append(cell.meaning()).append(" |\n");
		}
		md.append("\nAny 5xx answer fails a cell, whatever it expects.\n\n## Classes of endpoints\n\n")
			.append("| class | ").append(header()).append(" | rule |\n|---|").append("---|".repeat(Principal.ALL.size()))
			.append("---|\n");
		for (Rule rule : Rule.values()) {
			md.append("| ").append(rule.label()).append(" | ").append(cells(rule)).append(" | ").append(rule.description())
				.append(" |\n");
		}
		section(md, "Our API and Open311", "From the application's OpenAPI document (`/v3/api-docs`).", ours);
		section(md, "Engine REST API",
				"From the OpenAPI document of the Camunda 7.24 engine REST API (`openapi.json` of "
						+ "`org.camunda.bpm:camunda-engine-rest-openapi`). Every row holds at `/engine-rest` (HTTP Basic) and "
						+ "at `/camunda/api/engine/engine/{engine}` (the webapps' session and XSRF token) alike.",
				writes(engine));
		section(md, "The webapps' own API",
				"At `/camunda/api`, from the JAX-RS resources of `camunda-webapp-jakarta` 7.24.0 (Tasklist and Welcome "
						+ "have no mutating resources of their own).",
				writes(webapp));
		md.append("\n## Queries sent by POST (reads, not writes)\n\n")
			.append("Anonymous callers get 401; with a login these answer what the caller may read.\n\n");
		for (Endpoint endpoint : reads(engine, webapp)) {
			md.append("- `").append(displayName(endpoint)).append("` ").append(endpoint.operationId()).append(" (")
				.append(endpoint.summary())
				.append(")\n");
		}
		return md.toString();
	}

	private static void section(StringBuilder md, String title, String source, List<Endpoint> endpoints) {
		md.append("\n## ").append(title).append("\n\n").append(source).append("\n\n| endpoint | class | ")
			.append(header())
			.append(" |\n|---|---|")
			.append("---|".repeat(Principal.ALL.size()))
			.append('\n');
		for (Endpoint endpoint : endpoints) {
			Rule rule = WriteMatrixSpec.rule(endpoint).orElseThrow();
			md.append("| `").append(displayName(endpoint)).append("` | ").append(rule.label()).append(" | ")
				.append(cells(rule)).append(" |\n");
		}
	}

	private static List<Endpoint> writes(List<Endpoint> endpoints) {
		return endpoints.stream().filter(endpoint -> WriteMatrixSpec.rule(endpoint).orElseThrow() != Rule.READ).toList();
	}

	private static List<Endpoint> reads(List<Endpoint> engine, List<Endpoint> webapp) {
		return Stream.concat(engine.stream(), webapp.stream())
			.filter(endpoint -> WriteMatrixSpec.rule(endpoint).orElseThrow() == Rule.READ)
			.toList();
	}

	private static String displayName(Endpoint endpoint) {
		String root = endpoint.surface() == Surface.WEBAPP_ENGINE ? Surface.ENGINE_REST.root() : endpoint.surface().root();
		return endpoint.method() + " " + root + endpoint.path();
	}

	private static String header() {
		return Principal.ALL.stream().map(Principal::column).collect(Collectors.joining(" | "));
	}

	private static String cells(Rule rule) {
		return Principal.ALL.stream().map(principal -> rule.cell(principal).text()).collect(Collectors.joining(" | "));
	}

}
