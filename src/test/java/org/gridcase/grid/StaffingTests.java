package org.gridcase.grid;

import java.time.LocalDate;

import org.gridcase.IntegrationTest;
import org.gridcase.shared.District;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridcase.grid.OrganisationFixtures.assign;
import static org.gridcase.grid.OrganisationFixtures.grid;
import static org.gridcase.grid.OrganisationFixtures.newGridCode;
import static org.gridcase.grid.OrganisationFixtures.newUsername;
import static org.gridcase.grid.OrganisationFixtures.person;

@IntegrationTest
class StaffingTests {

	private static final LocalDate TODAY = LocalDate.now(District.ZONE);

	@Autowired
	Staffing staffing;

	@Autowired
	OrganisationManagement management;

	@Test
	void routesToTheRequestedRoleWhenSomebodyHoldsIt() {
		Routing routing = this.staffing.route(Role.GRID_LEADER, null, DemoDistrict.FIRST_GRID, "test:held");

		assertThat(routing.resolved()).isEqualTo(RoleAtPlace.of(Role.GRID_LEADER, DemoDistrict.FIRST_GRID));
		assertThat(routing.climbed()).isFalse();
		assertThat(routing.holders()).extracting(Holder::username).containsExactly("gridleader1");
		assertThat(this.staffing.climbsOf("test:held")).isEmpty();
	}

	@Test
	void routesRolesAtHomeAboveTheGridToTheAncestorAtTheirLevel() {
		assertThat(this.staffing.route(Role.STREET_CENTER, null, DemoDistrict.FIRST_GRID, null).resolved())
			.isEqualTo(RoleAtPlace.of(Role.STREET_CENTER, DemoDistrict.FIRST_STREET));
	}

	@Test
	void vacantRoleClimbsToTheCommunityStationAndTheClimbIsRecorded() {
		String code = newGridCode();
		this.management.createGrid(grid(code));

		Routing routing = this.staffing.route(Role.GRID_LEADER, null, code, "test:vacant");

		assertThat(routing.resolved()).isEqualTo(RoleAtPlace.of(Role.COMMUNITY_STATION, DemoDistrict.FIRST_COMMUNITY));
		assertThat(routing.skipped()).containsExactly(RoleAtPlace.of(Role.GRID_LEADER, code));
		assertThat(this.staffing.climbsOf("test:vacant")).containsExactly("GRID_LEADER:" + code
				+ " → COMMUNITY_STATION:" + DemoDistrict.FIRST_COMMUNITY + " (skipped: GRID_LEADER:" + code + ")");
	}

	@Test
	void departmentTaskGoesToOfficersServingTheStreetAboveTheGrid() {
		Routing routing = this.staffing.route(Role.DEPARTMENT_OFFICER, "WORK_SAFETY", DemoDistrict.FIRST_GRID, null);

		assertThat(routing.resolved())
			.isEqualTo(RoleAtPlace.of(Role.DEPARTMENT_OFFICER, "WORK_SAFETY", DemoDistrict.FIRST_STREET));
		assertThat(routing.holders()).extracting(Holder::username).contains("officerws1");
	}

	@Test
	void holdersAreThoseHoldingTheRoleToday() {
		String code = newGridCode();
		this.management.createGrid(grid(code));
		String former = newUsername();
		String current = newUsername();
		String future = newUsername();
		for (String username : new String[] { former, current, future }) {
			this.management.savePerson(person(username));
		}
		this.management.assignRole(new AssignRoleCommand(former, Role.GRID_WORKER, code, null, TODAY.minusDays(30), TODAY));
		this.management.assignRole(assign(current, Role.GRID_WORKER, code, TODAY));
		this.management.assignRole(assign(future, Role.GRID_WORKER, code, TODAY.plusDays(1)));

		assertThat(this.staffing.holders(RoleAtPlace.of(Role.GRID_WORKER, code))).extracting(Holder::username)
			.containsExactly(current);
		assertThat(this.staffing.rolesOf(current)).extracting(HeldRole::roleAtPlace)
			.containsExactly(RoleAtPlace.of(Role.GRID_WORKER, code));
	}

	@Test
	void listsThePlacesAPersonServes() {
		assertThat(this.staffing.rolesOf("police1")).extracting(held -> held.roleAtPlace().placeCode())
			.contains(DemoDistrict.FIRST_GRID, DemoDistrict.SECOND_GRID)
			.allMatch(code -> code.startsWith(DemoDistrict.FIRST_COMMUNITY));
	}

}
