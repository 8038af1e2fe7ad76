package org.gridcase.platform.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.gridcase.identity.FirstPasswords;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against the engine's identity store (the users the webapps'
 * Admin manages), and grants one authority per engine group the user belongs to, and
 * {@link FirstPasswordGate#AUTHORITY} while they still have the first password they were given.
 * A password the engine accepted within the last window is not checked again
 * ({@link VerifiedLogins}): a program sending HTTP Basic with every request costs the identity
 * store one check per window, not one per request.
 */
@Component
@Profile("!keycloak")
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	private final FirstPasswords firstPasswords;

	private final VerifiedLogins verifiedLogins;

	EngineIdentityAuthenticationProvider(IdentityService identityService, FirstPasswords firstPasswords,
			VerifiedLogins verifiedLogins) {
		this.identityService = identityService;
		this.firstPasswords = firstPasswords;
		this.verifiedLogins = verifiedLogins;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		EngineLogin login = this.verifiedLogins.recall(userId, password).orElseGet(() -> check(userId, password));
		return new EngineUserAuthentication(userId, login);
	}

	private EngineLogin check(String userId, String password) {
		long checkBegun = this.verifiedLogins.beginCheck();
		if (!this.identityService.checkPassword(userId, password)) {
			this.verifiedLogins.forget(userId);
			throw new BadCredentialsException("Bad credentials");
		}
		EngineLogin login = new EngineLogin(
				this.identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
				// as the engine REST API's authentication filter asks for them
				this.identityService.createTenantQuery()
					.userMember(userId)
					.includingGroupsOfUser(true)
					.list()
					.stream()
					.map(Tenant::getId)
					.toList(),
				this.firstPasswords.mustChange(userId));
		this.verifiedLogins.remember(userId, password, login, checkBegun);
		return login;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
