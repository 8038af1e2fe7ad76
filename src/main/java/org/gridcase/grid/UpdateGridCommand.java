package org.gridcase.grid;

import jakarta.validation.constraints.NotBlank;
import org.gridcase.shared.CodePoints;

/**
 * Renames or reshapes a place; its code and parent stay (see {@link MoveGridCommand}).
 */
public record UpdateGridCommand(@NotBlank String code, @NotBlank @CodePoints(max = 100) String name, String boundary,
		Double lon, Double lat) {
}
