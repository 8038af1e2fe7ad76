package org.gridcase.platform.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A user whose password the engine's identity store accepted, carrying what it said about them
 * ({@link EngineLogin}), so that the engine REST API need not ask again for the same request.
 */
final class EngineUserAuthentication extends UsernamePasswordAuthenticationToken {

	private final EngineLogin login;

	EngineUserAuthentication(String username, EngineLogin login) {
		super(username, null, login.authorities());
		this.login = login;
	}

	EngineLogin login() {
		return this.login;
	}

}
