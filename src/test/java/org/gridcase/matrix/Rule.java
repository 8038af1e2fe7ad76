package org.gridcase.matrix;

import java.util.function.Function;

import org.gridcase.grid.Role;

/**
 * A class of endpoints that answer every principal alike: the rows of the write matrix are
 * endpoints, each in one class, and the class says what each column may do. The rules follow
 * the agreed write rules (issue 9): read-only roles change nothing anywhere, ADMIN changes the
 * organisation only, the engine administrator everything.
 */
enum Rule {

	FILE_REPORT("file a report",
			"Staff for the places they serve (grid staff, building heads and volunteers for their grid, the station "
					+ "for its community, the street center for its street, the district center anywhere); department "
					+ "officers and heads only referrals (channel DEPARTMENT_REFERRAL) in their places; hotline "
					+ "channels (HOTLINE_12345, MAYOR_HOTLINE) only the district center or the street center for its "
					+ "street. Checked once the grid is known. The test files for grid 410104001001001 on channel "
					+ "PATROL.",
			principal -> switch (principal.role()) {
				case AUDITOR, ADMIN -> Cell.FORBIDDEN;
				case DEPARTMENT_OFFICER, DEPARTMENT_HEAD -> Cell.REFERRAL;
				default -> Cell.OWN_PLACES;
			}),

	UNLINK_REPORT("unlink a report",
			"A dispatcher (community station, street center, district center) at or above the case's grid; others "
					+ "403, or 404 when they may not even see the case.",
			principal -> isDispatcher(principal.role()) ? Cell.ABOVE_GRID : Cell.FORBIDDEN_OR_HIDDEN),

	OPEN_CASE("open a case", "A dispatcher at or above the grid.",
			principal -> isDispatcher(principal.role()) ? Cell.ABOVE_GRID : Cell.FORBIDDEN),

	ADD_ATTACHMENT("add photos to a case",
			"Whoever may see the case and holds a role that is neither read-only nor ADMIN; 403 for those if they "
					+ "see the case, 404 if they do not.",
			principal -> principal.isReadOnlyOrOrganisationAdmin() ? Cell.FORBIDDEN_OR_HIDDEN : Cell.SEES_CASE),

	ORGANISATION("change the organisation", "Organisation administrators (ADMIN) and the engine administrator.",
			principal -> principal.role() == Role.ADMIN ? Cell.ALLOWED : Cell.FORBIDDEN),

	// modeler (issue 12): deploying models and migrating running instances from /modeler/
	MODELER("deploy models and migrate instances",
			"Deploying processes, decisions and forms as new versions and moving running instances to them "
					+ "(and previewing that): organisation administrators (ADMIN) and the engine administrator.",
			principal -> principal.role() == Role.ADMIN ? Cell.ALLOWED : Cell.FORBIDDEN),

	// catalogue (issue 12): issue types and subcategories, and their CSV import
	CATALOGUE("change the catalogue of issue types",
			"Creating, changing, (de)activating and importing issue types and subcategories: organisation "
					+ "administrators (ADMIN) and the engine administrator.",
			principal -> principal.role() == Role.ADMIN ? Cell.ALLOWED : Cell.FORBIDDEN),

	OPEN311_KEYS("manage Open311 API keys",
			"Issuing and revoking the API keys of Open311 client systems: organisation administrators (ADMIN) and "
					+ "the engine administrator.",
			principal -> principal.role() == Role.ADMIN ? Cell.ALLOWED : Cell.FORBIDDEN),
	PATROL("log a patrol",
			"Grid staff (the roles held at a grid or a building in it: grid leader and worker, community police and "
					+ "doctor, inspector, building head, volunteer) start, track and end their own patrols of their grids, "
					+ "link the reports they filed and write their diary; someone else's patrol is 403, a patrol nobody "
					+ "has 404. Everyone else 403 (centers above the grid read who missed their patrols).",
			principal -> switch (principal.role()) {
				case GRID_LEADER, GRID_WORKER, COMMUNITY_POLICE, COMMUNITY_DOCTOR, INSPECTOR, BUILDING_HEAD, VOLUNTEER ->
					Cell.ALLOWED;
				default -> Cell.FORBIDDEN;
			}),

	WARNING("set or lift a four-level warning",
			"The district center (DISTRICT_CENTER) and the engine administrator set a four-level warning (四级预警) "
					+ "for a place subtree and days, or lift one early; everyone else 403. Staff read the warnings "
					+ "concerning their places.",
			principal -> principal.role() == Role.DISTRICT_CENTER ? Cell.ALLOWED : Cell.FORBIDDEN),

	TASK_WORK("work on a task",
			"Candidates of the task (holders of its candidate group): claim, unclaim, complete or submit the form "
					+ "with the fields the form declares, comment. Nobody else (centers above the grid read the task "
					+ "only).",
			principal -> principal.isReadOnlyOrOrganisationAdmin() ? Cell.FORBIDDEN_OR_HIDDEN : Cell.OWN_TASK),

	ENGINE_ADMIN_ONLY("engine administration",
			"Variables anywhere, task administration (assignee, delegate, resolve, identity links, attachments, BPMN "
					+ "errors and escalations, create, update, delete), deployments and definitions, starting, "
					+ "modifying, migrating, suspending and deleting instances, messages, signals, conditions, "
					+ "decisions, jobs, incidents, external tasks, batches, history deletes and annotations, users, "
					+ "groups, tenants, authorizations, filters: the engine administrator only.",
			principal -> Cell.FORBIDDEN_OR_HIDDEN),

	OWN_SETTINGS("change one's own settings",
			"Anyone logged in, for themselves only (how they are notified: channels, robot webhooks, quiet hours); "
					+ "no write on cases, the organisation or the engine.",
			principal -> Cell.ALLOWED),

	SETUP("initial setup",
			"Creating the first administrator through the Admin webapp: closed for everyone once an administrator "
					+ "exists.",
			principal -> Cell.FORBIDDEN),

	SESSION("webapp session", "Logging in and out of the webapps (a user's own session; not a write).",
			principal -> Cell.SESSION),

	READ("query", "A query sent by POST: a read, filtered by the caller's read permissions.", principal -> Cell.READ);

	private final String label;

	private final String description;

	private final Function<Principal, Cell> forRole;

	Rule(String label, String description, Function<Principal, Cell> forRole) {
		this.label = label;
		this.description = description;
		this.forRole = forRole;
	}

	String label() {
		return this.label;
	}

	String description() {
		return this.description;
	}

	/** The cell of a principal in a row of this class. */
	Cell cell(Principal principal) {
		if (principal.isAnonymous()) {
			return Cell.UNAUTHENTICATED;
		}
		if (principal.isEngineAdmin()) {
			return switch (this) {
				case SETUP -> Cell.FORBIDDEN;
				case SESSION, READ -> this.forRole.apply(principal);
				default -> Cell.ALLOWED;
			};
		}
		return this.forRole.apply(principal);
	}

	/** Whether a denial on a case the caller may not see is 404 rather than 403. */
	boolean hidesUnseenCases() {
		return this == UNLINK_REPORT || this == ADD_ATTACHMENT;
	}

	/**
	 * Whether a denial may be a 404: the engine looks resources up through queries filtered by the
	 * caller's read permissions, so it answers 404 for one the caller may not read, and 403 for
	 * one they may read but not change.
	 */
	boolean hidesUnreadableResources() {
		return this == TASK_WORK || this == ENGINE_ADMIN_ONLY;
	}

	private static boolean isDispatcher(Role role) {
		return role == Role.COMMUNITY_STATION || role == Role.STREET_CENTER || role == Role.DISTRICT_CENTER;
	}

}
