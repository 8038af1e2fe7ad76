package org.gridcase.grid;

import org.gridcase.shared.UserTexts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.gridcase.shared.District;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UnprocessableInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Changes to the grid organisation: places, departments, people and their roles. Every
 * change is checked against {@link OrganisationRules}; a broken rule changes nothing and
 * names the field.
 */
@Service
@Validated
@Transactional
public class OrganisationManagement {

	private final GridRepository grids;

	private final DepartmentRepository departments;

	private final PersonRepository people;

	private final RoleAssignmentRepository assignments;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final StaffLogins logins;

	OrganisationManagement(GridRepository grids, DepartmentRepository departments, PersonRepository people,
			RoleAssignmentRepository assignments, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
			StaffLogins logins) {
		this.events = events;
		this.logins = logins;
		this.grids = grids;
		this.departments = departments;
		this.people = people;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public GridView createGrid(@Valid CreateGridCommand command) {
		List<FieldProblem> problems = GridShapes.none();
		OrganisationRules.checkGridCode(command.code(), command.parentCode(), "", problems);
		GridShape shape = GridShapes.read(command.boundary(), command.lon(), command.lat(), "", problems);
		Grid parent = command.parentCode() == null || command.parentCode().isBlank() ? null
				: this.grids.findByCode(command.parentCode()).orElse(null);
		if (parent == null && command.parentCode() != null && !command.parentCode().isBlank()) {
			problems.add(new FieldProblem("parentCode", "no place has code " + command.parentCode()));
		}
		if (this.grids.findByCode(command.code()).isPresent()) {
			problems.add(new FieldProblem("code", "is already taken"));
		}
		reject(problems);
		forgetFormerCode(command.code());
		return GridView.of(this.grids.save(new Grid(command.code(), command.name(), parent, shape)));
	}

	public GridView updateGrid(@Valid UpdateGridCommand command) {
		Grid grid = grid(command.code());
		List<FieldProblem> problems = GridShapes.none();
		GridShape shape = GridShapes.read(command.boundary(), command.lon(), command.lat(), "", problems);
		reject(problems);
		grid.update(command.name(), shape);
		return GridView.of(grid);
	}

	/** Moves a place and its subtree; their old codes stay resolvable (see grid_former_code). */
	public GridView moveGrid(@Valid MoveGridCommand command) {
		Grid grid = grid(command.code());
		Grid newParent = this.grids.findByCode(command.newParentCode())
			.orElseThrow(() -> new InvalidInputException("newParentCode", "no place has code " + command.newParentCode()));
		String oldCode = grid.getCode();
		String suffix = command.newSuffix() == null ? oldCode.substring(oldCode.length() - 3) : command.newSuffix();
		String newCode = newParent.getCode() + suffix;
		List<FieldProblem> problems = GridShapes.none();
		if (newParent.getCode().startsWith(oldCode)) {
			problems.add(new FieldProblem("newParentCode", "lies inside the place being moved"));
		}
		else if (grid.getLevel().parent().orElse(null) != newParent.getLevel()) {
			problems.add(new FieldProblem("newParentCode", "must be a " + grid.getLevel().parent().map(Enum::name).orElse("-")
					+ ", one level above " + grid.getLevel()));
		}
		else if (this.grids.findByCode(newCode).isPresent()) {
			problems.add(new FieldProblem("newSuffix", "code " + newCode + " is already taken"));
		}
		reject(problems);
		for (Grid moved : this.grids.findSubtree(oldCode)) {
			String movedNewCode = newCode + moved.getCode().substring(oldCode.length());
			forgetFormerCode(movedNewCode);
			this.jdbc.sql("insert into grid_former_code (code, grid_id, replaced_at) values (?, ?, ?)")
				.params(moved.getCode(), moved.getId(), java.sql.Timestamp.from(this.clock.instant()))
				.update();
			moved.moveTo(moved == grid ? newParent : moved.getParent(), movedNewCode);
		}
		return GridView.of(grid);
	}

	public void saveDepartment(@Valid SaveDepartmentCommand command) {
		this.departments.findByCode(command.code())
			.ifPresentOrElse(department -> department.rename(command.name()),
					() -> this.departments.save(new Department(command.code(), command.name())));
	}

	/** Saves the person and opens a login for them if they have none ({@link StaffLogins}). */
	public SavedPerson savePerson(@Valid SavePersonCommand command) {
		this.people.findByUsername(command.username())
			.ifPresentOrElse(person -> person.update(command.name(), command.phone(), command.email()),
					() -> this.people.save(
							new Person(command.username(), command.name(), command.phone(), command.email())));
		return new SavedPerson(command.username(),
				this.logins.open(command.username(), command.name(), command.email(), command.firstPassword())
					.orElse(null));
	}

	public AssignmentView assignRole(@Valid AssignRoleCommand command) {
		List<FieldProblem> problems = GridShapes.none();
		Person person = this.people.findByUsername(command.username()).orElse(null);
		if (person == null) {
			problems.add(new FieldProblem("username", "no person has username " + command.username()));
		}
		Grid place = this.grids.findByCode(command.placeCode()).orElse(null);
		if (place == null) {
			problems.add(new FieldProblem("placeCode", "no place has code " + command.placeCode()));
		}
		Department department = null;
		if (command.departmentCode() != null && !command.departmentCode().isBlank()) {
			department = this.departments.findByCode(command.departmentCode()).orElse(null);
			if (department == null) {
				problems.add(new FieldProblem("departmentCode", "no department has code " + command.departmentCode()));
			}
		}
		OrganisationRules.checkAssignment(command.role(), place == null ? null : place.getLevel(),
				command.departmentCode() != null && !command.departmentCode().isBlank(), command.validFrom(),
				command.validTo(), "", problems);
		if (problems.isEmpty() && this.assignments.existsOverlapping(person, command.role(), place, department,
				command.validFrom(), command.validTo())) {
			problems.add(new FieldProblem("validFrom", "overlaps an assignment of the same role at the same place"));
		}
		reject(problems);
		AssignmentView assigned = AssignmentView.of(this.assignments.saveAndFlush(new RoleAssignment(person,
				command.role(), place, department, command.validFrom(), command.validTo(), this.clock.instant())));
		this.events.publishEvent(new RoleAssigned(
				new RoleAtPlace(command.role(), department == null ? null : department.getCode(), place.getCode()),
				person.getUsername(), command.validFrom()));
		return assigned;
	}

	public AssignmentView endAssignment(@Valid EndAssignmentCommand command) {
		RoleAssignment assignment = this.assignments.findById(command.assignmentId())
			.orElseThrow(() -> new NotFoundException("No assignment " + command.assignmentId()));
		if (!command.validTo().isAfter(assignment.getValidFrom())) {
			throw new InvalidInputException("validTo", "must be after validFrom " + assignment.getValidFrom());
		}
		assignment.endOn(command.validTo());
		// listeners read staffing with SQL
		this.assignments.flush();
		this.events.publishEvent(new AssignmentEnded(
				new RoleAtPlace(assignment.getRole(),
						assignment.getDepartment() == null ? null : assignment.getDepartment().getCode(),
						assignment.getGrid().getCode()),
				assignment.getPerson().getUsername(), command.validTo()));
		return AssignmentView.of(assignment);
	}

	/**
	 * Withdraws an assignment entered by mistake: gone as if never made (unlike ending it), on
	 * the day it was entered only; later, end it instead.
	 */
	public void withdrawAssignment(@Valid WithdrawAssignmentCommand command) {
		RoleAssignment assignment = this.assignments.findById(command.assignmentId())
			.orElseThrow(() -> new NotFoundException("No assignment " + command.assignmentId()));
		if (!assignment.mayBeWithdrawnOn(LocalDate.now(this.clock.withZone(District.ZONE)))) {
			throw new UnprocessableInputException("id", assignment.getEnteredAt() == null
					? UserTexts.get("assignment.withdraw-entry-unknown")
					: UserTexts.get("assignment.withdraw-same-day-only",
							String.valueOf(assignment.getEnteredAt().atZone(District.ZONE).toLocalDate())));
		}
		this.assignments.delete(assignment);
		// listeners read staffing with SQL
		this.assignments.flush();
		this.events.publishEvent(new AssignmentWithdrawn(assignment.getId(), assignment.roleAtPlace(),
				assignment.getPerson().getUsername(), assignment.getValidFrom(), assignment.getValidTo()));
	}

	private Grid grid(String code) {
		return this.grids.findByCode(code).orElseThrow(() -> new NotFoundException("No place has code " + code));
	}

	private void forgetFormerCode(String code) {
		this.jdbc.sql("delete from grid_former_code where code = ?").param(code).update();
	}

	private static void reject(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
