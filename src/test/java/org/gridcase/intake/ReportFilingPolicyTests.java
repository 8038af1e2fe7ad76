package org.gridcase.intake;

import java.util.List;

import org.gridcase.cases.Caller;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFilingPolicyTests {

	private static final String GRID = "410104001001001";

	private static final String NEIGHBOUR_GRID = "410104001001002";

	private static final String OTHER_STREET_GRID = "410104002001001";

	@Test
	void gridStaffFileForTheirOwnGridOnly() {
		for (Role role : List.of(Role.GRID_LEADER, Role.GRID_WORKER, Role.COMMUNITY_POLICE, Role.INSPECTOR,
				Role.BUILDING_HEAD, Role.VOLUNTEER)) {
			Caller staff = holding(RoleAtPlace.of(role, GRID));
			assertThat(ReportFilingPolicy.mayFile(staff, GRID, Channel.PATROL)).as(role.name()).isTrue();
			assertThat(ReportFilingPolicy.mayFile(staff, NEIGHBOUR_GRID, Channel.PATROL)).as(role.name()).isFalse();
		}
	}

	@Test
	void aBuildingsStaffFileForTheBuildingsGrid() {
		Caller buildingHead = holding(RoleAtPlace.of(Role.BUILDING_HEAD, GRID + "003"));

		assertThat(ReportFilingPolicy.mayFile(buildingHead, GRID, Channel.WALK_IN)).isTrue();
		assertThat(ReportFilingPolicy.mayFile(buildingHead, NEIGHBOUR_GRID, Channel.WALK_IN)).isFalse();
	}

	@Test
	void centersFileForEveryGridBelowThem() {
		Caller station = holding(RoleAtPlace.of(Role.COMMUNITY_STATION, "410104001001"));
		Caller street = holding(RoleAtPlace.of(Role.STREET_CENTER, "410104001"));
		Caller district = holding(RoleAtPlace.of(Role.DISTRICT_CENTER, "410104"));

		assertThat(ReportFilingPolicy.mayFile(station, NEIGHBOUR_GRID, Channel.WALK_IN)).isTrue();
		assertThat(ReportFilingPolicy.mayFile(station, OTHER_STREET_GRID, Channel.WALK_IN)).isFalse();
		assertThat(ReportFilingPolicy.mayFile(street, NEIGHBOUR_GRID, Channel.WEB)).isTrue();
		assertThat(ReportFilingPolicy.mayFile(street, OTHER_STREET_GRID, Channel.WEB)).isFalse();
		assertThat(ReportFilingPolicy.mayFile(district, OTHER_STREET_GRID, Channel.CAMERA)).isTrue();
	}

	@Test
	void hotlineCallsAreFiledByTheDistrictCenterAndStreetCentersOnly() {
		for (Channel hotline : List.of(Channel.HOTLINE_12345, Channel.MAYOR_HOTLINE)) {
			assertThat(ReportFilingPolicy.mayFile(holding(RoleAtPlace.of(Role.DISTRICT_CENTER, "410104")),
					OTHER_STREET_GRID, hotline)).isTrue();
			assertThat(ReportFilingPolicy.mayFile(holding(RoleAtPlace.of(Role.STREET_CENTER, "410104001")), GRID,
					hotline)).isTrue();
			assertThat(ReportFilingPolicy.mayFile(holding(RoleAtPlace.of(Role.STREET_CENTER, "410104001")),
					OTHER_STREET_GRID, hotline)).isFalse();
			assertThat(ReportFilingPolicy.mayFile(holding(RoleAtPlace.of(Role.COMMUNITY_STATION, "410104001001")),
					GRID, hotline)).isFalse();
			assertThat(ReportFilingPolicy.mayFile(holding(RoleAtPlace.of(Role.GRID_WORKER, GRID)), GRID, hotline))
				.isFalse();
		}
	}

	@Test
	void departmentsFileReferralsInTheirPlacesOnly() {
		Caller officer = holding(RoleAtPlace.of(Role.DEPARTMENT_OFFICER, "URBAN_MANAGEMENT", "410104001001"));
		Caller head = holding(RoleAtPlace.of(Role.DEPARTMENT_HEAD, "URBAN_MANAGEMENT", "410104"));

		assertThat(ReportFilingPolicy.mayFile(officer, GRID, Channel.DEPARTMENT_REFERRAL)).isTrue();
		assertThat(ReportFilingPolicy.mayFile(officer, GRID, Channel.PATROL)).isFalse();
		assertThat(ReportFilingPolicy.mayFile(officer, OTHER_STREET_GRID, Channel.DEPARTMENT_REFERRAL)).isFalse();
		assertThat(ReportFilingPolicy.mayFile(head, OTHER_STREET_GRID, Channel.DEPARTMENT_REFERRAL)).isTrue();
		assertThat(ReportFilingPolicy.mayFile(head, OTHER_STREET_GRID, Channel.WEB)).isFalse();
	}

	@Test
	void auditorsAndOrganisationAdministratorsFileNothing() {
		Caller auditor = holding(RoleAtPlace.of(Role.AUDITOR, "410104"));
		Caller organisationAdmin = holding(RoleAtPlace.of(Role.ADMIN, "410104"));

		for (Channel channel : Channel.values()) {
			assertThat(ReportFilingPolicy.mayFile(auditor, GRID, channel)).isFalse();
			assertThat(ReportFilingPolicy.mayFile(organisationAdmin, GRID, channel)).isFalse();
		}
		assertThat(ReportFilingPolicy.mayFileOn(auditor, Channel.PATROL)).isFalse();
		assertThat(ReportFilingPolicy.mayFileOn(organisationAdmin, Channel.PATROL)).isFalse();
		assertThat(ReportFilingPolicy.mayFileOn(new Caller("nobody", false, List.of()), null)).isFalse();
	}

	@Test
	void departmentStaffAreRefusedOtherChannelsBeforeTheirReportIsRead() {
		Caller officer = holding(RoleAtPlace.of(Role.DEPARTMENT_OFFICER, "URBAN_MANAGEMENT", "410104001001"));

		assertThat(ReportFilingPolicy.mayFileOn(officer, Channel.PATROL)).isFalse();
		assertThat(ReportFilingPolicy.mayFileOn(officer, Channel.HOTLINE_12345)).isFalse();
		assertThat(ReportFilingPolicy.mayFileOn(officer, Channel.DEPARTMENT_REFERRAL)).isTrue();
	}

	@Test
	void anAuditorWhoAlsoWorksInAGridFilesForThatGrid() {
		Caller both = new Caller("both", false,
				List.of(RoleAtPlace.of(Role.AUDITOR, "410104"), RoleAtPlace.of(Role.GRID_WORKER, GRID)));

		assertThat(ReportFilingPolicy.mayFile(both, GRID, Channel.PATROL)).isTrue();
		assertThat(ReportFilingPolicy.mayFile(both, NEIGHBOUR_GRID, Channel.PATROL)).isFalse();
	}

	@Test
	void engineAdministratorsFileAnythingAnywhere() {
		Caller admin = new Caller("admin", true, List.of());

		assertThat(ReportFilingPolicy.mayFileOn(admin, Channel.HOTLINE_12345)).isTrue();
		for (Channel channel : Channel.values()) {
			assertThat(ReportFilingPolicy.mayFile(admin, OTHER_STREET_GRID, channel)).isTrue();
		}
	}

	private static Caller holding(RoleAtPlace role) {
		return new Caller("someone", false, List.of(role));
	}

}
