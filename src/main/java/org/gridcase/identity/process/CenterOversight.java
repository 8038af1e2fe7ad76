package org.gridcase.identity.process;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;

/**
 * What the centers above a grid oversee, read from a person's engine groups: a community
 * station, street center or district center reads every task of the cases in its place and
 * below it (the place codes are prefixes: {@code 410104001} covers {@code 410104001001001}).
 * Read at every check from the groups the engine was given at login, so it costs no
 * authorization row per task. Auditors read everything by their own grants and are left alone.
 *
 * @param placeCodes the places overseen (with their former codes after a move), empty for
 * anyone who holds no center role
 */
record CenterOversight(List<String> placeCodes) {

	private static final Set<Role> CENTERS = EnumSet.of(Role.COMMUNITY_STATION, Role.STREET_CENTER,
			Role.DISTRICT_CENTER);

	static CenterOversight of(Collection<String> groupIds) {
		if (groupIds == null) {
			return new CenterOversight(List.of());
		}
		boolean auditor = groupIds.stream()
			.map(RoleAtPlace::parse)
			.flatMap(Optional::stream)
			.anyMatch(role -> role.role() == Role.AUDITOR);
		if (auditor) {
			return new CenterOversight(List.of());
		}
		List<RoleAtPlace> centers = groupIds.stream()
			.map(RoleAtPlace::parse)
			.flatMap(Optional::stream)
			.filter(role -> CENTERS.contains(role.role()))
			.toList();
		return new CenterOversight(centers.stream().map(RoleAtPlace::placeCode).distinct().toList());
	}

	/** Whether an engine group is a center's post (whose tasks lie in the place it oversees). */
	boolean isCenter(String groupId) {
		return RoleAtPlace.parse(groupId).filter(role -> CENTERS.contains(role.role())).isPresent();
	}

	boolean none() {
		return this.placeCodes.isEmpty();
	}

	/** Whether a case's grid lies in one of the places overseen. */
	boolean covers(String gridCode) {
		return gridCode != null && this.placeCodes.stream().anyMatch(gridCode::startsWith);
	}

}
