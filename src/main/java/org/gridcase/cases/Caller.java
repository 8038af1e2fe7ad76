package org.gridcase.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gridcase.grid.GridLevel;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;

/**
 * Who calls, as the write rules see them: the roles they hold today and whether they
 * administer the engine (who may do everything).
 */
public record Caller(String username, boolean engineAdministrator, List<RoleAtPlace> roles) {

	/** Roles that change no case: the read-only auditor and the organisation's administrator. */
	private static final Set<Role> NO_CASE_STAFF = EnumSet.of(Role.AUDITOR, Role.ADMIN);

	public Caller {
		roles = List.copyOf(roles);
	}

	/** The roles held by which a person works on cases (all but {@link Role#AUDITOR} and {@link Role#ADMIN}). */
	public List<RoleAtPlace> caseStaffRoles() {
		return this.roles.stream().filter(held -> !NO_CASE_STAFF.contains(held.role())).toList();
	}

	/**
	 * Whether a role's place is the grid, a place above it, or a building in it (building heads
	 * and volunteers serve their building's grid).
	 */
	public static boolean covers(RoleAtPlace held, String gridCode) {
		String place = held.placeCode();
		return gridCode.startsWith(place) || (place.length() == GridLevel.BUILDING.codeLength()
				&& gridCode.length() == GridLevel.GRID.codeLength() && place.startsWith(gridCode));
	}

}
