package org.gridcase.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.stereotype.Component;

/**
 * A browser's Keycloak login (authorization code flow) carries the same authorities as a token
 * for the same user ({@link EngineGroupsJwtConverter}): one per engine group, so our pages that
 * call {@code /api} with the session are who they are (administrators included).
 */
@Component
@Profile("keycloak")
class EngineGroupsOidcMapper implements GrantedAuthoritiesMapper {

	private final IdentityService identityService;

	EngineGroupsOidcMapper(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
		List<GrantedAuthority> mapped = new ArrayList<>(authorities);
		authorities.stream()
			.filter(OidcUserAuthority.class::isInstance)
			.map(authority -> ((OidcUserAuthority) authority).getIdToken()
				.getClaimAsString(EngineGroupsJwtConverter.USERNAME_CLAIM))
			.filter(username -> username != null && !username.isBlank())
			.findFirst()
			.ifPresent(username -> mapped.addAll(EngineGroupAuthorities.of(this.identityService, username)));
		return mapped;
	}

}
