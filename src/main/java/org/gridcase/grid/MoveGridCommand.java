package org.gridcase.grid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Moves a place, with everything below it, under another parent one level up. Its code
 * becomes the new parent's code plus {@code newSuffix} (by default its old last three digits);
 * the old codes stay known, so assignments, history and routing keep working.
 */
public record MoveGridCommand(@NotBlank String code, @NotBlank String newParentCode,
		@Pattern(regexp = "[0-9]{3}", message = "must be 3 digits") String newSuffix) {
}
