package org.gridcase.cases;

import org.gridcase.grid.HeldRole;
import org.gridcase.grid.Staffing;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and open cases in a place: people holding any role at that place or above it
 * (a grid's staff for their grid, a street center for its street, the district's center,
 * auditors and administrators for the whole district), and engine administrators. A
 * department's staff see a case only once it was sent to their department.
 */
@Component
class CaseAccessPolicy {

	private final Staffing staffing;

	CaseAccessPolicy(Staffing staffing) {
		this.staffing = staffing;
	}

	boolean mayOpen(Authentication user, String gridCode) {
		return isEngineAdministrator(user) || this.staffing.rolesOf(user.getName())
			.stream()
			.map(HeldRole::roleAtPlace)
			.anyMatch(held -> gridCode.startsWith(held.placeCode()));
	}

	boolean maySee(Authentication user, CaseRecord record) {
		return isEngineAdministrator(user) || this.staffing.rolesOf(user.getName())
			.stream()
			.map(HeldRole::roleAtPlace)
			.filter(held -> record.getGridCode().startsWith(held.placeCode()))
			.anyMatch(held -> held.departmentCode() == null
					|| record.getDispatchedDepartments().contains(held.departmentCode()));
	}

	/** The cases a user may see, as a query restriction (the same rule as {@link #maySee}). */
	Specification<CaseRecord> visibleTo(Authentication user) {
		if (isEngineAdministrator(user)) {
			return (root, query, builder) -> builder.conjunction();
		}
		var held = this.staffing.rolesOf(user.getName()).stream().map(HeldRole::roleAtPlace).toList();
		return (root, query, builder) -> builder.or(held.stream().map(role -> {
			var inPlace = builder.like(root.get("gridCode"), CaseSearch.escape(role.placeCode()) + "%", '\\');
			return role.departmentCode() == null ? inPlace
					: builder.and(inPlace, builder.like(builder.concat(builder.concat(",", root.get("dispatchedDepartments")), ","),
							"%," + CaseSearch.escape(role.departmentCode()) + ",%", '\\'));
		}).toArray(jakarta.persistence.criteria.Predicate[]::new));
	}

	private static boolean isEngineAdministrator(Authentication user) {
		return user.getAuthorities().stream().anyMatch(authority -> "camunda-admin".equals(authority.getAuthority()));
	}

}
