package org.gridcase.intake;

import java.util.List;
import java.util.Map;

import org.gridcase.cases.CaseFixtures;
import org.gridcase.cases.CaseView;
import org.gridcase.cases.Caller;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateUnlinkPolicyTests {

	private final CaseView linkedCase = CaseFixtures.view("410104001001001");

	@Test
	void dispatchersAtOrAboveTheCasesGridUnlink() {
		assertThat(DuplicateUnlinkPolicy.mayUnlink(holding(Role.COMMUNITY_STATION, "410104001001"), this.linkedCase))
			.isTrue();
		assertThat(DuplicateUnlinkPolicy.mayUnlink(holding(Role.STREET_CENTER, "410104001"), this.linkedCase)).isTrue();
		assertThat(DuplicateUnlinkPolicy.mayUnlink(holding(Role.DISTRICT_CENTER, "410104"), this.linkedCase)).isTrue();
	}

	@Test
	void dispatchersElsewhereAndEveryoneElseDoNot() {
		assertThat(DuplicateUnlinkPolicy.mayUnlink(holding(Role.COMMUNITY_STATION, "410104001002"), this.linkedCase))
			.isFalse();
		Map.of(Role.GRID_LEADER, "410104001001001", Role.GRID_WORKER, "410104001001001", Role.INSPECTOR,
				"410104001001001", Role.MEDIATOR, "410104001001", Role.AUDITOR, "410104", Role.ADMIN, "410104")
			.forEach((role, place) -> assertThat(DuplicateUnlinkPolicy.mayUnlink(holding(role, place), this.linkedCase))
				.as(role.name())
				.isFalse());
	}

	@Test
	void engineAdministratorsUnlinkAnything() {
		assertThat(DuplicateUnlinkPolicy.mayUnlink(new Caller("admin", true, List.of()), this.linkedCase)).isTrue();
	}

	private static Caller holding(Role role, String place) {
		return new Caller("someone", false, List.of(RoleAtPlace.of(role, place)));
	}

}
