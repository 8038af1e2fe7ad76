package org.gridcase.grid;

import java.time.LocalDate;

import org.gridcase.IntegrationTest;
import org.gridcase.shared.District;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridcase.grid.OrganisationFixtures.assign;
import static org.gridcase.grid.OrganisationFixtures.grid;
import static org.gridcase.grid.OrganisationFixtures.newGridCode;
import static org.gridcase.grid.OrganisationFixtures.newUsername;
import static org.gridcase.grid.OrganisationFixtures.person;

@IntegrationTest
class OrganisationManagementTests {

	private static final LocalDate TODAY = LocalDate.now(District.ZONE);

	@Autowired
	OrganisationManagement management;

	@Autowired
	GridDirectory directory;

	@Autowired
	Staffing staffing;

	@Test
	void createsGridNestedInItsParent() {
		String code = newGridCode();
		String boundary = "{\"type\":\"Polygon\",\"coordinates\":[[[113.66,34.66],[113.67,34.66],[113.67,34.67],[113.66,34.67],[113.66,34.66]]]}";

		this.management.createGrid(new CreateGridCommand(code, "新建网格", DemoDistrict.FIRST_COMMUNITY, boundary, 113.665, 34.665));

		assertThat(this.directory.get(code)).satisfies(grid -> {
			assertThat(grid.level()).isEqualTo(GridLevel.GRID);
			assertThat(grid.parentCode()).isEqualTo(DemoDistrict.FIRST_COMMUNITY);
			assertThat(grid.boundary()).contains("Polygon");
		});
		assertThat(this.directory.ancestors(code)).extracting(GridView::code)
			.containsExactly(DemoDistrict.DISTRICT_CODE, DemoDistrict.FIRST_STREET, DemoDistrict.FIRST_COMMUNITY, code);
	}

	@Test
	void refusesMalformedAndMisplacedCodes() {
		assertThat(problems(() -> this.management.createGrid(grid("41010400100"))))
			.extracting(FieldProblem::field).containsExactly("code");
		assertThat(problems(() -> this.management
			.createGrid(new CreateGridCommand("410104002001777", "错位网格", DemoDistrict.FIRST_COMMUNITY, null, null, null))))
			.extracting(FieldProblem::field).containsExactly("code");
		assertThat(problems(() -> this.management
			.createGrid(new CreateGridCommand("410104001999001", "孤儿网格", "410104001999", null, null, null))))
			.extracting(FieldProblem::field).containsExactly("parentCode");
		assertThat(problems(() -> this.management.createGrid(grid(DemoDistrict.FIRST_GRID))))
			.extracting(FieldProblem::field).containsExactly("code");
	}

	@Test
	void refusesBoundaryThatIsNoPolygonAndPointOutsideIt() {
		String line = "{\"type\":\"LineString\",\"coordinates\":[[113.66,34.66],[113.67,34.66]]}";
		String square = "{\"type\":\"Polygon\",\"coordinates\":[[[113.66,34.66],[113.67,34.66],[113.67,34.67],[113.66,34.67],[113.66,34.66]]]}";

		assertThat(problems(() -> this.management.createGrid(
				new CreateGridCommand(newGridCode(), "线", DemoDistrict.FIRST_COMMUNITY, line, null, null))))
			.extracting(FieldProblem::field).containsExactly("boundary");
		assertThat(problems(() -> this.management.createGrid(
				new CreateGridCommand(newGridCode(), "外", DemoDistrict.FIRST_COMMUNITY, square, 113.70, 34.70))))
			.extracting(FieldProblem::field).containsExactly("lon");
	}

	@Test
	void refusesRolesOutOfPlaceAndBackwardValidity() {
		String username = newUsername();
		this.management.savePerson(person(username));

		assertThat(problems(() -> this.management
			.assignRole(assign(username, Role.GRID_LEADER, DemoDistrict.FIRST_COMMUNITY, TODAY))))
			.extracting(FieldProblem::field).containsExactly("placeCode");
		assertThat(problems(() -> this.management.assignRole(new AssignRoleCommand(username, Role.DEPARTMENT_OFFICER,
				DemoDistrict.FIRST_STREET, null, TODAY, null))))
			.extracting(FieldProblem::field).containsExactly("departmentCode");
		assertThat(problems(() -> this.management.assignRole(new AssignRoleCommand(username, Role.GRID_WORKER,
				DemoDistrict.FIRST_GRID, null, TODAY, TODAY.minusDays(1)))))
			.extracting(FieldProblem::field).containsExactly("validTo");
		assertThat(problems(() -> this.management
			.assignRole(assign(username, Role.GRID_WORKER, "410104001001888", TODAY))))
			.extracting(FieldProblem::field).containsExactly("placeCode");
	}

	@Test
	void refusesOverlappingAssignmentOfTheSameRoleAtTheSamePlace() {
		String username = newUsername();
		this.management.savePerson(person(username));
		this.management.assignRole(assign(username, Role.VOLUNTEER, DemoDistrict.FIRST_GRID, TODAY.minusDays(10)));

		assertThat(problems(() -> this.management
			.assignRole(assign(username, Role.VOLUNTEER, DemoDistrict.FIRST_GRID, TODAY))))
			.extracting(FieldProblem::field).containsExactly("validFrom");
	}

	@Test
	void movingGridKeepsItsPeopleAndAnswersToItsFormerCode() {
		String code = newGridCode();
		this.management.createGrid(grid(code));
		String leader = newUsername();
		this.management.savePerson(person(leader));
		this.management.assignRole(assign(leader, Role.GRID_LEADER, code, TODAY.minusDays(1)));
		String otherCommunity = "410104001002";

		GridView moved = this.management.moveGrid(new MoveGridCommand(code, otherCommunity, null));

		assertThat(moved.code()).isEqualTo(otherCommunity + code.substring(12));
		assertThat(moved.parentCode()).isEqualTo(otherCommunity);
		assertThat(this.directory.find(code)).isEmpty();
		assertThat(this.staffing.holders(RoleAtPlace.of(Role.GRID_LEADER, moved.code()))).extracting(Holder::username)
			.containsExactly(leader);
		assertThat(this.staffing.holders(RoleAtPlace.of(Role.GRID_LEADER, code))).extracting(Holder::username)
			.containsExactly(leader);
		assertThat(this.staffing.rolesOf(leader)).singleElement()
			.satisfies(held -> assertThat(held.formerPlaceCodes()).containsExactly(code));
	}

	@Test
	void refusesMovesThatWouldBreakTheHierarchy() {
		assertThat(problems(() -> this.management
			.moveGrid(new MoveGridCommand(DemoDistrict.FIRST_COMMUNITY, DemoDistrict.FIRST_GRID, null))))
			.extracting(FieldProblem::field).containsExactly("newParentCode");
		assertThat(problems(() -> this.management
			.moveGrid(new MoveGridCommand(DemoDistrict.FIRST_GRID, DemoDistrict.FIRST_STREET, null))))
			.extracting(FieldProblem::field).containsExactly("newParentCode");
		assertThat(problems(() -> this.management
			.moveGrid(new MoveGridCommand(DemoDistrict.FIRST_GRID, "410104001002", "001"))))
			.extracting(FieldProblem::field).containsExactly("newSuffix");
	}

	private static java.util.List<FieldProblem> problems(Runnable change) {
		var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class, change::run);
		assertThat(thrown).as("rejected with field problems").isNotNull();
		return thrown.getProblems();
	}

}
