package org.gridcase.grid;

import java.time.LocalDate;

/**
 * Somebody stops holding a role at a place from {@code validTo} on; published inside the
 * transaction that ended the assignment.
 */
public record AssignmentEnded(RoleAtPlace roleAtPlace, String username, LocalDate validTo) {
}
