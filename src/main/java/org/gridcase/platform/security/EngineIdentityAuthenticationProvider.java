package org.gridcase.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.gridcase.identity.FirstPasswords;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against the engine's identity store (the users the webapps'
 * Admin manages), and grants one authority per engine group the user belongs to, and
 * {@link FirstPasswordGate#AUTHORITY} while they still have the first password they were given.
 */
@Component
@Profile("!keycloak")
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	private final FirstPasswords firstPasswords;

	EngineIdentityAuthenticationProvider(IdentityService identityService, FirstPasswords firstPasswords) {
		this.identityService = identityService;
		this.firstPasswords = firstPasswords;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		if (!this.identityService.checkPassword(userId, password)) {
			throw new BadCredentialsException("Bad credentials");
		}
		List<SimpleGrantedAuthority> authorities = new ArrayList<>(this.identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.map(SimpleGrantedAuthority::new)
			.toList());
		if (this.firstPasswords.mustChange(userId)) {
			authorities.add(FirstPasswordGate.AUTHORITY);
		}
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
