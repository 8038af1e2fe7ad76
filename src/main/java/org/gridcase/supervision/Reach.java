package org.gridcase.supervision;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gridcase.cases.Caller;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;

/**
 * What a caller may see of supervision: the whole district (district center, auditors,
 * administrators, engine administrators), else the places where they hold a role and everything
 * below them (a building's staff: their grid); department staff their department's cases.
 */
record Reach(Caller caller, boolean wholeDistrict) {

	private static final Set<Role> WHOLE_DISTRICT = EnumSet.of(Role.DISTRICT_CENTER, Role.AUDITOR, Role.ADMIN);

	static Reach of(Caller caller) {
		boolean whole = caller.engineAdministrator() || caller.roles()
			.stream()
			.anyMatch(held -> WHOLE_DISTRICT.contains(held.role())
					&& GridLevel.ofCode(held.placeCode()).orElse(null) == GridLevel.DISTRICT);
		return new Reach(caller, whole);
	}

	/** Whether the caller sets and lifts warnings: the district center and engine administrators. */
	boolean maySetWarnings() {
		return this.caller.engineAdministrator()
				|| this.caller.roles().stream().anyMatch(held -> held.role() == Role.DISTRICT_CENTER);
	}

	/**
	 * The restriction under which the caller sees a place's figures: empty if not at all, else
	 * the department whose cases alone they see there ({@code null}: all cases).
	 */
	Optional<Restriction> place(String placeCode) {
		if (this.wholeDistrict) {
			return Optional.of(Restriction.NONE);
		}
		Optional<RoleAtPlace> byPlace = roles().stream()
			.filter(held -> held.departmentCode() == null && placeCode.startsWith(ownPlace(held)))
			.findFirst();
		if (byPlace.isPresent()) {
			return Optional.of(Restriction.NONE);
		}
		return roles().stream()
			.filter(held -> held.departmentCode() != null && placeCode.startsWith(ownPlace(held)))
			.findFirst()
			.map(held -> new Restriction(held.departmentCode()));
	}

	boolean department(String departmentCode) {
		return this.wholeDistrict || roles().stream().anyMatch(held -> departmentCode.equals(held.departmentCode()));
	}

	/** The places the caller works in (a building's staff: its grid), widest first. */
	List<String> places() {
		return roles().stream().map(Reach::ownPlace).distinct().sorted().toList();
	}

	/** Whether a place is one the caller works in, or above or below one. */
	boolean concerns(String placeCode) {
		return this.wholeDistrict
				|| places().stream().anyMatch(place -> placeCode.startsWith(place) || place.startsWith(placeCode));
	}

	List<String> departments() {
		return roles().stream().map(RoleAtPlace::departmentCode).filter(code -> code != null).distinct().sorted().toList();
	}

	private List<RoleAtPlace> roles() {
		return this.caller.roles();
	}

	private static String ownPlace(RoleAtPlace held) {
		String place = held.placeCode();
		return place.length() > GridLevel.GRID.codeLength() ? place.substring(0, GridLevel.GRID.codeLength()) : place;
	}

	/** Cases of one department only ({@code departmentCode}), or all ({@link #NONE}). */
	record Restriction(String departmentCode) {

		static final Restriction NONE = new Restriction(null);

	}

}
