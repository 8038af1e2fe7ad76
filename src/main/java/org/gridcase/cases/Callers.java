package org.gridcase.cases;

import org.gridcase.grid.HeldRole;
import org.gridcase.grid.Staffing;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns the authenticated user into a {@link Caller}: the roles they hold today, and whether
 * they are an engine administrator (member of the engine group {@value #ENGINE_ADMINISTRATORS}).
 */
@Component
public class Callers {

	static final String ENGINE_ADMINISTRATORS = "camunda-admin";

	private final Staffing staffing;

	Callers(Staffing staffing) {
		this.staffing = staffing;
	}

	public Caller of(Authentication user) {
		boolean engineAdministrator = user.getAuthorities()
			.stream()
			.anyMatch(authority -> ENGINE_ADMINISTRATORS.equals(authority.getAuthority()));
		return new Caller(user.getName(), engineAdministrator,
				this.staffing.rolesOf(user.getName()).stream().map(HeldRole::roleAtPlace).toList());
	}

}
