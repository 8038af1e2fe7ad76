package org.gridcase.grid;

import java.time.LocalDate;

/**
 * Somebody holds a role at a place from {@code validFrom} on; published inside the transaction
 * that assigned it.
 */
public record RoleAssigned(RoleAtPlace roleAtPlace, String username, LocalDate validFrom) {
}
