package org.gridcase.matrix;

/**
 * What one principal may do with one endpoint, as the matrix writes it.
 */
enum Cell {

	ALLOWED("allowed", "passes authorization: any answer but 401/403 (2xx, or a 400/404/409 about the input)"),

	FORBIDDEN("403", "403 (problem+json where the endpoint is ours)"),

	UNAUTHENTICATED("401", "401 (no login)"),

	OWN_TASK("own task", "allowed on a task whose candidate group the caller holds, 403/404 on any other task"),

	OWN_PLACES("own places", "allowed for a grid at or below a place where the caller holds the role, 403 elsewhere"),

	REFERRAL("referral, own places", "allowed only with channel DEPARTMENT_REFERRAL in the caller's places, 403 otherwise"),

	ABOVE_GRID("above grid", "allowed for a dispatcher at or above the case's grid, 403 elsewhere"),

	SEES_CASE("sees case", "allowed on a case the caller may see, 404 on one they may not"),

	FORBIDDEN_OR_HIDDEN("403/404", "403 on what the caller may see, 404 on what they may not (a case in our API; "
			+ "in the engine, a resource its read permissions hide)"),

	READ("read", "not a write: answers what the caller may read (never 401 with a login)"),

	SESSION("session", "logging in or out of the webapps: not a write on a case or the engine");

	private final String text;

	private final String meaning;

	Cell(String text, String meaning) {
		this.text = text;
		this.meaning = meaning;
	}

	String text() {
		return this.text;
	}

	String meaning() {
		return this.meaning;
	}

}
