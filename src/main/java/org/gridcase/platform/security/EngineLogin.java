package org.gridcase.platform.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What the engine's identity store said about a user when it accepted their password: the
 * groups and tenants they belong to, and whether they still have their first password.
 */
record EngineLogin(List<String> groupIds, List<String> tenantIds, boolean firstPassword) implements Serializable {

	EngineLogin {
		groupIds = List.copyOf(groupIds);
		tenantIds = List.copyOf(tenantIds);
	}

	/** One authority per group, and {@link FirstPasswordGate#AUTHORITY} while it applies. */
	List<SimpleGrantedAuthority> authorities() {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>(
				this.groupIds.stream().map(SimpleGrantedAuthority::new).toList());
		if (this.firstPassword) {
			authorities.add(FirstPasswordGate.AUTHORITY);
		}
		return authorities;
	}

}
