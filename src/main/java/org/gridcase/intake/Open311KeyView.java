package org.gridcase.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * An Open311 API key as administrators see it: never the key itself, only its first characters.
 *
 * @param placeCode the place (grid code prefix) the key files for, with everything below it
 * @param requestsPerMinute the key's rate limit
 */
public record Open311KeyView(UUID id, String name, String keyPrefix, Channel channel, String placeCode,
		int requestsPerMinute, boolean active, String createdBy, Instant createdAt, String revokedBy,
		Instant revokedAt) {
}
