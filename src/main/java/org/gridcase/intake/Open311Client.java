package org.gridcase.intake;

import java.util.UUID;

/**
 * A client system calling Open311 with its API key: the key's channel, the place it files for
 * (that place and everything below it) and how many requests it may make per minute.
 */
public record Open311Client(UUID keyId, String name, Channel channel, String placeCode, int requestsPerMinute) {

	/** Who files as this client: the audit trail's actor and the report's {@code submittedBy}. */
	public String username() {
		return "open311:" + this.name;
	}

}
