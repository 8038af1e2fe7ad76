package org.gridcase.intake;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a valid, active Open311 API key ({@link Open311Keys#authenticate}).
 * Holds no role of the grid organisation: a client files for its key's places only.
 */
public final class Open311ClientAuthentication extends AbstractAuthenticationToken {

	private final Open311Client client;

	public Open311ClientAuthentication(Open311Client client) {
		super(List.of(new SimpleGrantedAuthority("OPEN311_CLIENT")));
		this.client = client;
		setAuthenticated(true);
	}

	public Open311Client client() {
		return this.client;
	}

	@Override
	public Object getPrincipal() {
		return this.client;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return this.client.username();
	}

}
