package org.gridcase.grid;

import java.util.Optional;

/**
 * "A role at a place", optionally for a department: what a task is routed to. As an engine
 * group its id is {@code ROLE:PLACE} or {@code ROLE:DEPARTMENT:PLACE}, e.g.
 * {@code GRID_LEADER:410104001001001} or {@code DEPARTMENT_OFFICER:URBAN_MANAGEMENT:410104001}.
 */
public record RoleAtPlace(Role role, String departmentCode, String placeCode) {

	public RoleAtPlace {
		if (role == null || placeCode == null) {
			throw new IllegalArgumentException("role and placeCode are required");
		}
		if (role.isDepartmental() != (departmentCode != null)) {
			throw new IllegalArgumentException(role + " " + (role.isDepartmental() ? "needs" : "takes no") + " department");
		}
	}

	public static RoleAtPlace of(Role role, String placeCode) {
		return new RoleAtPlace(role, null, placeCode);
	}

	public static RoleAtPlace of(Role role, String departmentCode, String placeCode) {
		return new RoleAtPlace(role, departmentCode, placeCode);
	}

	public String groupId() {
		return this.departmentCode == null ? this.role + ":" + this.placeCode
				: this.role + ":" + this.departmentCode + ":" + this.placeCode;
	}

	/** The role at place an engine group id stands for; empty for any other group. */
	public static Optional<RoleAtPlace> parse(String groupId) {
		if (groupId == null) {
			return Optional.empty();
		}
		String[] parts = groupId.split(":", -1);
		try {
			Role role = Role.valueOf(parts[0]);
			if (parts.length == 2 && !role.isDepartmental() && GridLevel.ofCode(parts[1]).isPresent()) {
				return Optional.of(of(role, parts[1]));
			}
			if (parts.length == 3 && role.isDepartmental() && GridLevel.ofCode(parts[2]).isPresent()) {
				return Optional.of(of(role, parts[1], parts[2]));
			}
		}
		catch (IllegalArgumentException ex) {
			// not one of ours
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return groupId();
	}

}
