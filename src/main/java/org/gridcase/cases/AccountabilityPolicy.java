package org.gridcase.cases;

import java.util.List;
import java.util.Optional;

import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;

/**
 * Who answers for a case that turned red (责任倒查, 双向追责): both sides at once.
 * <ul>
 * <li>The grid side (块): the grid's leader and its grid workers.</li>
 * <li>The department side (条): the department holding the case, when it was at the department
 * level; otherwise none.</li>
 * </ul>
 */
public final class AccountabilityPolicy {

	private AccountabilityPolicy() {
	}

	public static List<RoleAtPlace> gridSide(CaseView view) {
		return List.of(RoleAtPlace.of(Role.GRID_LEADER, view.gridCode()), RoleAtPlace.of(Role.GRID_WORKER, view.gridCode()));
	}

	public static Optional<RoleAtPlace> departmentSide(CaseView view) {
		if (view.level() != HandlingLevel.DEPARTMENT) {
			return Optional.empty();
		}
		return RoleAtPlace.parse(view.responsibleGroup()).filter(group -> group.departmentCode() != null);
	}

}
