package org.gridcase.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Opens a case for a reported problem.
 *
 * @param issueType code of the issue type, e.g. {@code DISPUTE_MEDIATION}
 * @param severity how urgent; {@code GENERAL} when not given
 * @param gridCode code of the grid the problem lies in
 * @param description what was reported
 */
public record OpenCaseCommand(@NotBlank @Size(max = 64) String issueType, Severity severity, @NotBlank String gridCode,
		@NotBlank @Size(max = 2000) String description) {

	public OpenCaseCommand {
		severity = severity == null ? Severity.GENERAL : severity;
	}
}
