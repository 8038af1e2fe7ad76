package org.gridcase.grid;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * Ends an assignment: from {@code validTo} on, the person no longer holds the role there.
 */
public record EndAssignmentCommand(@NotNull Long assignmentId, @NotNull LocalDate validTo) {
}
