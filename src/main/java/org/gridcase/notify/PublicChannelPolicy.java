package org.gridcase.notify;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Nothing personal leaves through a public channel: a group robot's message is rendered from the
 * case number, issue type, grid, deadline and what the event itself says (task, levels, warning)
 * only, whatever its template names; reporters are never told through one.
 */
final class PublicChannelPolicy {

	static final Set<String> PUBLIC_VARIABLES = Set.of("trackingNumber", "issueTypeLabel", "gridCode", "deadline",
			"taskName", "fromLevelLabel", "toLevelLabel", "warningLevel", "warningTitle", "warningText", "placeName");

	private PublicChannelPolicy() {
	}

	static Map<String, String> variablesFor(NotificationChannel channel, Map<String, String> variables) {
		if (!channel.isPublicGroup()) {
			return variables;
		}
		return variables.entrySet()
			.stream()
			.filter(entry -> PUBLIC_VARIABLES.contains(entry.getKey()))
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
