package org.gridcase.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gridcase.grid.GridLevel;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;

import org.springframework.stereotype.Component;

/**
 * Who may see, open and add to cases. Engine administrators may do everything.
 * <ul>
 * <li>See: anyone holding a role at the case's grid or above it (a grid's staff for their grid, a
 * street center for its street, the district's center, auditors and administrators for the
 * whole district); a department's staff only once the case was sent to their department.</li>
 * <li>Open: dispatchers ({@link Role#COMMUNITY_STATION}, {@link Role#STREET_CENTER},
 * {@link Role#DISTRICT_CENTER}) at the grid's place or above it.</li>
 * <li>Add photos: whoever sees the case by a role that works on cases (not the read-only
 * auditor, not the organisation's administrator).</li>
 * </ul>
 */
@Component
public class CaseAccessPolicy {

	/** The centers that register and dispatch cases for the places below them. */
	private static final Set<Role> DISPATCHERS = EnumSet.of(Role.COMMUNITY_STATION, Role.STREET_CENTER,
			Role.DISTRICT_CENTER);

	/** Whether a role held is a dispatcher's at the grid or above it. */
	public static boolean dispatchesFor(RoleAtPlace held, String gridCode) {
		return DISPATCHERS.contains(held.role()) && Caller.covers(held, gridCode);
	}

	public boolean maySee(Caller caller, CaseView view) {
		return caller.engineAdministrator()
				|| caller.roles().stream().anyMatch(held -> seesBy(held, view));
	}

	/** Whether the caller dispatches anywhere (else they may open no case at all). */
	public boolean mayOpenAnywhere(Caller caller) {
		return caller.engineAdministrator() || caller.roles().stream().anyMatch(held -> DISPATCHERS.contains(held.role()));
	}

	public boolean mayOpen(Caller caller, String gridCode) {
		return caller.engineAdministrator() || caller.roles().stream().anyMatch(held -> dispatchesFor(held, gridCode));
	}

	public boolean mayAddPhotos(Caller caller, CaseView view) {
		return caller.engineAdministrator() || caller.caseStaffRoles().stream().anyMatch(held -> seesBy(held, view));
	}

	/**
	 * The cases a caller may see, as the places (and departments) a query restricts to (the
	 * same rule as {@link #maySee}); empty when the caller sees every case.
	 */
	Optional<List<SeenPlace>> placesSeenBy(Caller caller) {
		if (caller.engineAdministrator()) {
			return Optional.empty();
		}
		return Optional.of(caller.roles().stream().map(held -> {
			String place = held.placeCode();
			return new SeenPlace(place.length() > GridLevel.GRID.codeLength()
					? place.substring(0, GridLevel.GRID.codeLength()) : place, held.departmentCode());
		}).distinct().toList());
	}

	/**
	 * Cases at a place or below it; with a department, only those sent to that department.
	 *
	 * @param placeCode a grid or a place above it (a building's role stands for its grid)
	 */
	record SeenPlace(String placeCode, String departmentCode) {
	}

	private static boolean seesBy(RoleAtPlace held, CaseView view) {
		return Caller.covers(held, view.gridCode())
				&& (held.departmentCode() == null || view.dispatchedDepartments().contains(held.departmentCode()));
	}

}
