package org.gridcase.matrix;

import java.util.ArrayList;
import java.util.List;

import org.gridcase.grid.Role;

/**
 * A column of the write matrix: one of the 15 roles (as its demo login), the engine
 * administrator, or nobody.
 *
 * @param column the column's heading
 * @param role the organisation role the login holds, {@code null} for the engine administrator
 * and anonymous
 * @param login the login, {@code null} for anonymous
 * @param password its password
 */
record Principal(String column, Role role, String login, String password) {

	static final String DEMO_PASSWORD = "demo123";

	/** No demo login holds this role: {@link MatrixFixtures} creates one. */
	static final String VOLUNTEER_LOGIN = "matrixvolunteer";

	static final Principal ENGINE_ADMIN = new Principal("engine admin", null, "admin", "admin");

	static final Principal ANONYMOUS = new Principal("anonymous", null, null, null);

	static final List<Principal> ALL = all();

	boolean isAnonymous() {
		return this.login == null;
	}

	boolean isEngineAdmin() {
		return this == ENGINE_ADMIN;
	}

	/** Roles that change nothing anywhere, or only the organisation. */
	boolean isReadOnlyOrOrganisationAdmin() {
		return this.role == Role.AUDITOR || this.role == Role.ADMIN;
	}

	private static List<Principal> all() {
		List<Principal> all = new ArrayList<>();
		for (Role role : Role.values()) {
			all.add(new Principal(role.name(), role, login(role), DEMO_PASSWORD));
		}
		all.add(ENGINE_ADMIN);
		all.add(ANONYMOUS);
		return List.copyOf(all);
	}

	private static String login(Role role) {
		return switch (role) {
			case GRID_LEADER -> "gridleader1";
			case GRID_WORKER -> "gridworker1";
			case COMMUNITY_POLICE -> "police1";
			case COMMUNITY_DOCTOR -> "doctor1";
			case INSPECTOR -> "inspector1";
			case BUILDING_HEAD -> "buildinghead1";
			case VOLUNTEER -> VOLUNTEER_LOGIN;
			case COMMUNITY_STATION -> "station1";
			case STREET_CENTER -> "street1";
			case DISTRICT_CENTER -> "district1";
			case DEPARTMENT_OFFICER -> "officerum1";
			case DEPARTMENT_HEAD -> "headum";
			case MEDIATOR -> "mediator1";
			case AUDITOR -> "auditor1";
			case ADMIN -> "orgadmin";
		};
	}

}
