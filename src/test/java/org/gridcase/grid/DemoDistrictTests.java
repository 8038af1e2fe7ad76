package org.gridcase.grid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.grid.OrganisationRows.AssignmentRow;
import org.gridcase.grid.OrganisationRows.GridRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDistrictTests {

	private final OrganisationRows district = DemoDistrict.rows();

	@Test
	void isShapedLikeGuanchengDistrict() {
		Map<GridLevel, Long> places = this.district.grids()
			.stream()
			.collect(Collectors.groupingBy(row -> GridLevel.ofCode(row.code()).orElseThrow(), Collectors.counting()));

		assertThat(places).containsEntry(GridLevel.DISTRICT, 1L)
			.containsEntry(GridLevel.STREET, 12L)
			.containsEntry(GridLevel.COMMUNITY, 93L)
			.containsEntry(GridLevel.GRID, 445L);
		assertThat(this.district.grids()).extracting(GridRow::name).doesNotHaveDuplicates();
	}

	@Test
	void staffsEveryGridFourPlusTwoPlusX() {
		Set<String> gridCodes = this.district.grids()
			.stream()
			.map(GridRow::code)
			.filter(code -> code.length() == GridLevel.GRID.codeLength())
			.collect(Collectors.toSet());
		for (Role role : Set.of(Role.GRID_LEADER, Role.COMMUNITY_POLICE, Role.COMMUNITY_DOCTOR, Role.INSPECTOR,
				Role.BUILDING_HEAD, Role.VOLUNTEER, Role.GRID_WORKER)) {
			assertThat(this.district.assignments()
				.stream()
				.filter(row -> row.role().equals(role.name()))
				.map(AssignmentRow::placeCode)
				.collect(Collectors.toSet())).as(role.name()).isEqualTo(gridCodes);
		}
	}

	@Test
	void sendsAboutNineHundredFiftyOfficersOfAtLeastTenDepartments() {
		var officers = this.district.assignments()
			.stream()
			.filter(row -> row.role().equals(Role.DEPARTMENT_OFFICER.name()))
			.toList();

		assertThat(officers).hasSizeBetween(900, 1000);
		assertThat(officers.stream().map(AssignmentRow::departmentCode).distinct().count()).isGreaterThanOrEqualTo(10);
		assertThat(this.district.departments()).hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void isTheSameEveryTime() {
		assertThat(DemoDistrict.rows()).isEqualTo(this.district);
	}

	@Test
	void demoLoginsAreTheRealmExportsUsersAndHoldTheirDocumentedRoles() throws IOException {
		JsonNode realm = new ObjectMapper().readTree(Files.readString(Path.of("keycloak/gridcase-realm.json")));
		Set<String> realmUsers = new java.util.HashSet<>();
		realm.path("users")
			.forEach(user -> {
				if (!user.has("serviceAccountClientId")) {
					realmUsers.add(user.path("username").asText());
				}
			});

		assertThat(realmUsers).isEqualTo(DemoDistrict.DEMO_LOGINS.keySet());
		DemoDistrict.DEMO_LOGINS.forEach((username, slot) -> assertThat(this.district.assignments())
			.as(username)
			.anyMatch(row -> row.username().equals(username) && row.role().equals(slot.role().name())
					&& row.placeCode().equals(slot.placeCode())));
	}

}
