package org.gridcase.grid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may change the organisation: engine administrators ({@code camunda-admin}) and holders of
 * the ADMIN role (engine group {@code ADMIN:<district>}).
 */
@Component("administrators")
class Administrators {

	public boolean include(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> "camunda-admin".equals(authority) || authority.startsWith(Role.ADMIN + ":"));
	}

}
