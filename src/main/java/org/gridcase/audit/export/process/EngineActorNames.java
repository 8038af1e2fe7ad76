package org.gridcase.audit.export.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gridcase.audit.export.ActorNames;

import org.springframework.stereotype.Component;

/**
 * Names from the engine's identity service: its own users, or Keycloak's with the Keycloak
 * profile. Chinese names read family name first.
 */
@Component
class EngineActorNames implements ActorNames {

	private final IdentityService identityService;

	EngineActorNames(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Map<String, String> of(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		for (User user : this.identityService.createUserQuery().userIdIn(usernames.toArray(String[]::new)).list()) {
			String name = (nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName())).trim();
			if (!name.isEmpty()) {
				names.put(user.getId(), name);
			}
		}
		return names;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
