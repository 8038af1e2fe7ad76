package org.gridcase.grid;

import java.time.LocalDate;

/**
 * An assignment entered by mistake was withdrawn the day it was entered: as if it had never
 * been made. Published inside the transaction that deleted it.
 */
public record AssignmentWithdrawn(Long assignmentId, RoleAtPlace roleAtPlace, String username,
		LocalDate validFrom, LocalDate validTo) {
}
