package org.gridcase.grid;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingPolicyTests {

	private static final List<GridView> GRID_AND_ANCESTORS = List.of(place("410104001001001", GridLevel.GRID),
			place("410104001001", GridLevel.COMMUNITY), place("410104001", GridLevel.STREET),
			place("410104", GridLevel.DISTRICT));

	@Test
	void blockRoleClimbsThroughTheCentersAbove() {
		assertThat(RoutingPolicy.ladder(RoleAtPlace.of(Role.GRID_LEADER, "410104001001001"), GRID_AND_ANCESTORS))
			.extracting(RoleAtPlace::groupId)
			.containsExactly("GRID_LEADER:410104001001001", "COMMUNITY_STATION:410104001001", "STREET_CENTER:410104001",
					"DISTRICT_CENTER:410104");
	}

	@Test
	void roleHeldHigherUpIsTriedThereBeforeTheCenter() {
		assertThat(RoutingPolicy.ladder(RoleAtPlace.of(Role.MEDIATOR, "410104001001"), GRID_AND_ANCESTORS.subList(1, 4)))
			.extracting(RoleAtPlace::groupId)
			.containsExactly("MEDIATOR:410104001001", "MEDIATOR:410104001", "STREET_CENTER:410104001",
					"DISTRICT_CENTER:410104");
	}

	@Test
	void departmentRoleClimbsItsOwnLineThenTheDistrictCenter() {
		assertThat(RoutingPolicy.ladder(RoleAtPlace.of(Role.DEPARTMENT_OFFICER, "WORK_SAFETY", "410104001001001"),
				GRID_AND_ANCESTORS))
			.extracting(RoleAtPlace::groupId)
			.containsExactly("DEPARTMENT_OFFICER:WORK_SAFETY:410104001001001",
					"DEPARTMENT_OFFICER:WORK_SAFETY:410104001001", "DEPARTMENT_OFFICER:WORK_SAFETY:410104001",
					"DEPARTMENT_HEAD:WORK_SAFETY:410104", "DISTRICT_CENTER:410104");
	}

	private static GridView place(String code, GridLevel level) {
		return new GridView(code, code, level, null, null, null, null);
	}

}
