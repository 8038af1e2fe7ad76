package org.gridcase.grid;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Gives a person a role at a place (for a department, for departmental roles) from
 * {@code validFrom}, until the day before {@code validTo} if given.
 */
public record AssignRoleCommand(@NotBlank String username, @NotNull Role role, @NotBlank String placeCode,
		String departmentCode, @NotNull LocalDate validFrom, LocalDate validTo) {
}
