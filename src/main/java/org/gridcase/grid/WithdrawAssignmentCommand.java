package org.gridcase.grid;

import jakarta.validation.constraints.NotNull;

/**
 * Withdraws an assignment entered by mistake, on the day it was entered.
 */
public record WithdrawAssignmentCommand(@NotNull Long assignmentId) {
}
