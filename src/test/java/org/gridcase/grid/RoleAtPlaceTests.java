package org.gridcase.grid;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoleAtPlaceTests {

	@Test
	void blockRoleGroupIdIsRoleAndPlace() {
		RoleAtPlace leader = RoleAtPlace.of(Role.GRID_LEADER, "410104001001001");

		assertThat(leader.groupId()).isEqualTo("GRID_LEADER:410104001001001");
		assertThat(RoleAtPlace.parse(leader.groupId())).contains(leader);
	}

	@Test
	void departmentRoleGroupIdNamesTheDepartment() {
		RoleAtPlace officer = RoleAtPlace.of(Role.DEPARTMENT_OFFICER, "URBAN_MANAGEMENT", "410104001");

		assertThat(officer.groupId()).isEqualTo("DEPARTMENT_OFFICER:URBAN_MANAGEMENT:410104001");
		assertThat(RoleAtPlace.parse(officer.groupId())).contains(officer);
	}

	@Test
	void otherGroupsAreNotRolesAtPlaces() {
		assertThat(RoleAtPlace.parse("camunda-admin")).isEmpty();
		assertThat(RoleAtPlace.parse("GRID_LEADER:4101")).isEmpty();
		assertThat(RoleAtPlace.parse("GRID_LEADER:URBAN_MANAGEMENT:410104001")).isEmpty();
		assertThat(RoleAtPlace.parse("DEPARTMENT_OFFICER:410104001")).isEmpty();
	}

	@Test
	void departmentRolesNeedADepartment() {
		assertThatIllegalArgumentException().isThrownBy(() -> RoleAtPlace.of(Role.DEPARTMENT_OFFICER, "410104001"));
		assertThatIllegalArgumentException().isThrownBy(() -> RoleAtPlace.of(Role.GRID_LEADER, "POLICE", "410104001"));
	}

}
