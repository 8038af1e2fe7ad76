package org.gridcase.grid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.gridcase.shared.CodePoints;

/**
 * Creates a department, or renames the one with this code.
 */
public record SaveDepartmentCommand(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "must be upper-case letters, digits and _") String code,
		@NotBlank @CodePoints(max = 100) String name) {
}
