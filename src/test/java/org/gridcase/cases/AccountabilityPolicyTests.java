package org.gridcase.cases;

import java.util.List;

import org.gridcase.grid.RoleAtPlace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountabilityPolicyTests {

	private static final String GRID = "410104001001001";

	@Test
	void theGridSideIsTheGridsLeaderAndWorkers() {
		assertThat(AccountabilityPolicy.gridSide(CaseFixtures.view(GRID))).extracting(RoleAtPlace::groupId)
			.containsExactly("GRID_LEADER:" + GRID, "GRID_WORKER:" + GRID);
	}

	@Test
	void theDepartmentSideIsTheDepartmentHoldingTheCase() {
		CaseView atDepartment = CaseFixtures.view(GRID, HandlingLevel.DEPARTMENT,
				"DEPARTMENT_OFFICER:URBAN_MANAGEMENT:410104001", List.of("URBAN_MANAGEMENT"));

		assertThat(AccountabilityPolicy.departmentSide(atDepartment)).map(RoleAtPlace::groupId)
			.hasValue("DEPARTMENT_OFFICER:URBAN_MANAGEMENT:410104001");
		assertThat(AccountabilityPolicy.gridSide(atDepartment)).extracting(RoleAtPlace::groupId)
			.containsExactly("GRID_LEADER:" + GRID, "GRID_WORKER:" + GRID);
	}

	@Test
	void aCaseNotAtTheDepartmentLevelHasNoDepartmentSide() {
		assertThat(AccountabilityPolicy.departmentSide(CaseFixtures.view(GRID))).isEmpty();
		assertThat(AccountabilityPolicy.departmentSide(CaseFixtures.view(GRID, HandlingLevel.STREET,
				"STREET_CENTER:410104001", List.of("URBAN_MANAGEMENT")))).isEmpty();
		assertThat(AccountabilityPolicy.departmentSide(
				CaseFixtures.view(GRID, HandlingLevel.DEPARTMENT, "DISTRICT_CENTER:410104", List.of())))
			.isEmpty();
	}

}
