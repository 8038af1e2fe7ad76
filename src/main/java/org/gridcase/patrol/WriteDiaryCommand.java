package org.gridcase.patrol;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.gridcase.shared.CodePoints;

/** The day's diary (民情日记); {@code gridCode} the grid it is about (the writer's own if absent). */
record WriteDiaryCommand(@NotNull LocalDate day, String gridCode, @NotBlank @CodePoints(max = 4000) String text) {
}
