package org.gridcase.cases;

import jakarta.validation.constraints.NotBlank;
import org.gridcase.shared.CodePoints;

/**
 * Opens a case for a reported problem.
 *
 * @param issueType code of the issue type, e.g. {@code DISPUTE_MEDIATION}
 * @param severity how urgent; {@code GENERAL} when not given
 * @param gridCode code of the grid the problem lies in
 * @param description what was reported (a report's 2000 characters with its subcategory in front)
 * @param address where, in words (optional)
 * @param lon WGS84 longitude (optional, with {@code lat})
 * @param lat WGS84 latitude (optional, with {@code lon})
 * @param channel where the first report came from (optional)
 */
public record OpenCaseCommand(@NotBlank @CodePoints(max = 64) String issueType, Severity severity,
		@NotBlank String gridCode, @NotBlank @CodePoints(max = 2100) String description,
		@CodePoints(max = 300) String address, Double lon, Double lat, @CodePoints(max = 32) String channel) {

	public OpenCaseCommand {
		severity = severity == null ? Severity.GENERAL : severity;
	}

	public OpenCaseCommand(String issueType, Severity severity, String gridCode, String description) {
		this(issueType, severity, gridCode, description, null, null, null, null);
	}
}
