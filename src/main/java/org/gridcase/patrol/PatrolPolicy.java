package org.gridcase.patrol;

import org.gridcase.cases.Caller;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.RoleAtPlace;

/**
 * Who patrols and who watches:
 * <ul>
 * <li>grid staff — the roles held at a grid or a building in it (grid leader and worker, police,
 * doctor, inspector, building head, volunteer) — patrol their own grids and write only their own
 * patrols and diary;</li>
 * <li>anyone with a role of the block (not a department's) reads the patrols of the places at or
 * below their own: a community station its community, a street center its street, the district
 * center everything;</li>
 * <li>the engine administrator may do both anywhere.</li>
 * </ul>
 */
final class PatrolPolicy {

	private PatrolPolicy() {
	}

	/** Whether the caller patrols anywhere at all (else refused before their input is read). */
	static boolean patrols(Caller caller) {
		return caller.engineAdministrator() || caller.caseStaffRoles().stream().anyMatch(PatrolPolicy::patrolling);
	}

	static boolean mayPatrol(Caller caller, String gridCode) {
		return caller.engineAdministrator() || caller.caseStaffRoles()
			.stream()
			.anyMatch(held -> patrolling(held) && Caller.covers(held, gridCode));
	}

	/** The first grid the caller patrols, for a diary that names none. */
	static String homeGrid(Caller caller) {
		return caller.caseStaffRoles()
			.stream()
			.filter(PatrolPolicy::patrolling)
			.map(held -> held.placeCode().substring(0, GridLevel.GRID.codeLength()))
			.findFirst()
			.orElse(null);
	}

	static boolean mayWatch(Caller caller, String placeCode) {
		return caller.engineAdministrator() || caller.roles()
			.stream()
			.anyMatch(held -> !held.role().isDepartmental() && placeCode.startsWith(held.placeCode()));
	}

	private static boolean patrolling(RoleAtPlace held) {
		GridLevel home = held.role().homeLevel();
		return !held.role().isDepartmental() && (home == GridLevel.GRID || home == GridLevel.BUILDING);
	}

}
