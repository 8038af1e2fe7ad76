package org.gridcase.grid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The ladder a request climbs when nobody holds the requested role at the requested place.
 * <ul>
 * <li>Block roles (网格长, 督查员, …): at each level up, the same role if it is held at that
 * level, then that level's supervising role: community station, street center, district
 * center.</li>
 * <li>Department roles: the department's officers serving each place up the line (grid,
 * community, street), then the department head, then the district center.</li>
 * </ul>
 */
final class RoutingPolicy {

	private RoutingPolicy() {
	}

	/**
	 * @param placeAndAncestors the requested place first, then its ancestors up to the district
	 */
	static List<RoleAtPlace> ladder(RoleAtPlace requested, List<GridView> placeAndAncestors) {
		LinkedHashSet<RoleAtPlace> ladder = new LinkedHashSet<>();
		ladder.add(requested);
		Role role = requested.role();
		String department = requested.departmentCode();
		for (GridView place : placeAndAncestors.subList(1, placeAndAncestors.size())) {
			if (role.isHeldAt(place.level())) {
				ladder.add(new RoleAtPlace(role, department, place.code()));
			}
			if (place.level() == GridLevel.DISTRICT && role.isDepartmental()) {
				ladder.add(RoleAtPlace.of(Role.DEPARTMENT_HEAD, department, place.code()));
			}
			if (!role.isDepartmental() || place.level() == GridLevel.DISTRICT) {
				ladder.add(RoleAtPlace.of(Role.supervisorAt(place.level()), place.code()));
			}
		}
		return new ArrayList<>(ladder);
	}

}
