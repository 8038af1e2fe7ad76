package org.gridcase.cases;

import java.util.List;

import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseAccessPolicyTests {

	private static final String GRID = "410104001001001";

	private final CaseAccessPolicy access = new CaseAccessPolicy();

	private final CaseView inGrid = CaseFixtures.view(GRID);

	@Test
	void dispatchersAtOrAboveTheGridOpenCasesThere() {
		assertThat(this.access.mayOpen(holding(Role.COMMUNITY_STATION, "410104001001"), GRID)).isTrue();
		assertThat(this.access.mayOpen(holding(Role.STREET_CENTER, "410104001"), GRID)).isTrue();
		assertThat(this.access.mayOpen(holding(Role.DISTRICT_CENTER, "410104"), GRID)).isTrue();
		assertThat(this.access.mayOpen(holding(Role.COMMUNITY_STATION, "410104001002"), GRID)).isFalse();
		assertThat(this.access.mayOpenAnywhere(holding(Role.GRID_LEADER, GRID))).isFalse();
		assertThat(this.access.mayOpen(holding(Role.GRID_LEADER, GRID), GRID)).isFalse();
		assertThat(this.access.mayOpen(holding(Role.AUDITOR, "410104"), GRID)).isFalse();
		assertThat(this.access.mayOpen(holding(Role.ADMIN, "410104"), GRID)).isFalse();
	}

	@Test
	void readersSeeButOnlyCaseStaffAddPhotos() {
		Caller auditor = holding(Role.AUDITOR, "410104");
		Caller organisationAdmin = holding(Role.ADMIN, "410104");
		Caller worker = holding(Role.GRID_WORKER, GRID);

		assertThat(this.access.maySee(auditor, this.inGrid)).isTrue();
		assertThat(this.access.mayAddPhotos(auditor, this.inGrid)).isFalse();
		assertThat(this.access.maySee(organisationAdmin, this.inGrid)).isTrue();
		assertThat(this.access.mayAddPhotos(organisationAdmin, this.inGrid)).isFalse();
		assertThat(this.access.mayAddPhotos(worker, this.inGrid)).isTrue();
		assertThat(this.access.maySee(holding(Role.GRID_WORKER, "410104001001002"), this.inGrid)).isFalse();
	}

	@Test
	void departmentStaffSeeAndAddToCasesSentToTheirDepartment() {
		Caller officer = new Caller("officer", false,
				List.of(RoleAtPlace.of(Role.DEPARTMENT_OFFICER, "URBAN_MANAGEMENT", "410104001001")));
		CaseView sent = CaseFixtures.view(GRID, HandlingLevel.DEPARTMENT,
				"DEPARTMENT_OFFICER:URBAN_MANAGEMENT:410104001001", List.of("URBAN_MANAGEMENT"));

		assertThat(this.access.maySee(officer, this.inGrid)).isFalse();
		assertThat(this.access.maySee(officer, sent)).isTrue();
		assertThat(this.access.mayAddPhotos(officer, sent)).isTrue();
	}

	@Test
	void engineAdministratorsDoEverything() {
		Caller admin = new Caller("admin", true, List.of());

		assertThat(this.access.mayOpen(admin, GRID)).isTrue();
		assertThat(this.access.maySee(admin, this.inGrid)).isTrue();
		assertThat(this.access.mayAddPhotos(admin, this.inGrid)).isTrue();
	}

	private static Caller holding(Role role, String place) {
		return new Caller("someone", false, List.of(RoleAtPlace.of(role, place)));
	}

}
