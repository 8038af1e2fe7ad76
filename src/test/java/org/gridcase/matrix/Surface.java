package org.gridcase.matrix;

/**
 * Where an endpoint is served and how a client authenticates there.
 */
enum Surface {

	/** Our API and Open311 (springdoc's {@code /v3/api-docs}): HTTP Basic. */
	OURS("", false),

	/** The engine REST API (its OpenAPI document, {@code openapi.json}): HTTP Basic. */
	ENGINE_REST("/engine-rest", false),

	/** The same engine resources as the webapps call them: session and XSRF token. */
	WEBAPP_ENGINE("/camunda/api/engine/engine/default", true),

	/** The webapps' own resources (Admin, Cockpit, Tasklist, Welcome): session and XSRF token. */
	WEBAPP("/camunda/api", true);

	private final String root;

	private final boolean session;

	Surface(String root, boolean session) {
		this.root = root;
		this.session = session;
	}

	String root() {
		return this.root;
	}

	boolean usesSession() {
		return this.session;
	}

}
