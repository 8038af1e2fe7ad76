package org.gridcase.platform.security;

import java.util.ArrayList;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For the engine REST API: hands the engine the groups and tenants that the login of this very
 * request found ({@link EngineLogin}), so that the engine's filter does not query them again.
 * The API honours no session, so that login is at most one window old ({@link VerifiedLogins});
 * other logins (Keycloak's tokens) leave the lookup to the engine. Public with a public
 * constructor because Camunda's filter instantiates it by class name.
 */
public class EngineRestAuthenticationProvider extends SpringSecurityAuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
		if (result.isAuthenticated()
				&& SecurityContextHolder.getContext().getAuthentication() instanceof EngineUserAuthentication user) {
			result.setGroups(new ArrayList<>(user.login().groupIds()));
			result.setTenants(new ArrayList<>(user.login().tenantIds()));
		}
		return result;
	}

}
