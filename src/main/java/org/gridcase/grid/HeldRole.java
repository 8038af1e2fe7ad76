package org.gridcase.grid;

import java.time.LocalDate;
import java.util.List;

/**
 * A role a person holds now, where, and the place's former codes (after moves).
 */
public record HeldRole(Long assignmentId, RoleAtPlace roleAtPlace, String placeName, GridLevel placeLevel,
		String departmentName, LocalDate validFrom, LocalDate validTo, List<String> formerPlaceCodes) {

	/** Chinese name of the engine group this role stands for. */
	public String groupName() {
		String department = this.departmentName == null ? "" : this.departmentName + " ";
		return department + this.roleAtPlace.role().label() + " · " + this.placeName;
	}

}
