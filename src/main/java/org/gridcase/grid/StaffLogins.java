package org.gridcase.grid;

import java.util.Optional;

/**
 * Logins for the people the organisation registers, so that a person appointed through the API
 * or an import can log in without a second step. Provided by the identity module: the engine's
 * users (default profile) or Keycloak's.
 */
public interface StaffLogins {

	/**
	 * Opens a login for the person unless they have one: with {@code firstPassword}, or a
	 * generated one if {@code null}, which they must change at their first login. An existing
	 * login keeps its password.
	 * @return the login opened, if one was
	 */
	Optional<OpenedLogin> open(String username, String name, String email, String firstPassword);

}
