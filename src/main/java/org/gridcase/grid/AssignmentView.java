package org.gridcase.grid;

import java.time.LocalDate;

/**
 * Who holds which role where, and when.
 */
public record AssignmentView(Long id, String username, Role role, String placeCode, String departmentCode,
		LocalDate validFrom, LocalDate validTo) {

	static AssignmentView of(RoleAssignment assignment) {
		return new AssignmentView(assignment.getId(), assignment.getPerson().getUsername(), assignment.getRole(),
				assignment.getGrid().getCode(),
				assignment.getDepartment() == null ? null : assignment.getDepartment().getCode(),
				assignment.getValidFrom(), assignment.getValidTo());
	}

}
