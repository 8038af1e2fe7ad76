package org.gridcase.platform.security;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * A Keycloak access token's user is its {@code preferred_username} (the engine's user id), with
 * one authority per engine group: Keycloak's groups and the organisation's roles at places.
 */
@Component
@Profile("keycloak")
class EngineGroupsJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	static final String USERNAME_CLAIM = "preferred_username";

	private final IdentityService identityService;

	EngineGroupsJwtConverter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = jwt.getClaimAsString(USERNAME_CLAIM);
		if (username == null || username.isBlank()) {
			throw new InvalidBearerTokenException("The token names no user (" + USERNAME_CLAIM + ")");
		}
		return new JwtAuthenticationToken(jwt, EngineGroupAuthorities.of(this.identityService, username), username);
	}

}
