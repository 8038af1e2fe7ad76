package org.gridcase.grid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Renames or reshapes a place; its code and parent stay (see {@link MoveGridCommand}).
 */
public record UpdateGridCommand(@NotBlank String code, @NotBlank @Size(max = 100) String name, String boundary,
		Double lon, Double lat) {
}
