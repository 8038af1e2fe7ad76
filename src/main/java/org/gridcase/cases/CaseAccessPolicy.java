package org.gridcase.cases;

import org.gridcase.grid.HeldRole;
import org.gridcase.grid.Staffing;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and open cases in a place: people holding any role at that place or above it
 * (a grid's staff for their grid, a street center for its street, the district's center,
 * auditors and administrators for the whole district), and engine administrators.
 */
@Component
class CaseAccessPolicy {

	private final Staffing staffing;

	CaseAccessPolicy(Staffing staffing) {
		this.staffing = staffing;
	}

	boolean mayAccess(Authentication user, String gridCode) {
		if (user.getAuthorities().stream().anyMatch(authority -> "camunda-admin".equals(authority.getAuthority()))) {
			return true;
		}
		return this.staffing.rolesOf(user.getName())
			.stream()
			.map(HeldRole::roleAtPlace)
			.anyMatch(held -> gridCode.startsWith(held.placeCode()));
	}

}
