package org.gridcase.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.gridcase.shared.CodePoints;

/**
 * Issues an API key to an Open311 client system (e.g. the 12345 hotline's platform, a
 * FixMyStreet installation).
 *
 * @param name who the key is for, unique
 * @param channel the channel its reports come in on
 * @param placeCode the place it files for (a district, street, community or grid code)
 * @param requestsPerMinute its rate limit, 60 if not given
 */
public record IssueOpen311KeyCommand(@NotBlank @CodePoints(max = 64) String name, @NotNull Channel channel,
		@NotBlank @Pattern(regexp = "[0-9]{6,18}", message = "{open311.key.place-code}") String placeCode,
		@Min(value = 1, message = "{open311.key.requests-per-minute.min}")
		@Max(value = 100000, message = "{open311.key.requests-per-minute.max}") Integer requestsPerMinute) {
}
