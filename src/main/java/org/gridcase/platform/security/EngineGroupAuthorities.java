package org.gridcase.platform.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * One authority per engine group a user belongs to: Keycloak's groups (e.g.
 * {@code camunda-admin}) and the organisation's roles at places; what
 * {@code cases.Callers} and {@code @administrators} read.
 */
final class EngineGroupAuthorities {

	private EngineGroupAuthorities() {
	}

	static List<SimpleGrantedAuthority> of(IdentityService identityService, String username) {
		return identityService.createGroupQuery()
			.groupMember(username)
			.list()
			.stream()
			.map(Group::getId)
			.map(SimpleGrantedAuthority::new)
			.toList();
	}

}
