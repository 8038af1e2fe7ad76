package org.gridcase.grid;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.gridcase.grid.ImportReport.Counts;
import org.gridcase.grid.OrganisationRows.AssignmentRow;
import org.gridcase.grid.OrganisationRows.DepartmentRow;
import org.gridcase.grid.OrganisationRows.GridRow;
import org.gridcase.grid.OrganisationRows.PersonRow;
import org.gridcase.grid.OrganisationRows.Source;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports grids, departments, people and assignments all or nothing: every row is checked
 * against the same {@link OrganisationRules} as the admin API, and any problem rejects the whole
 * import with a report naming file, line and field. Rows that match what is stored change
 * nothing, so importing the same files twice is harmless. Rows update by natural key: grid
 * code, department code, username, and for assignments (username, role, place, department,
 * valid_from), whose valid_to may change.
 */
@Service
public class OrganisationImport {

	private final GridRepository grids;

	private final DepartmentRepository departments;

	private final PersonRepository people;

	private final RoleAssignmentRepository assignments;

	private final Validator validator;

	private final StaffLogins logins;

	private final Clock clock;

	OrganisationImport(GridRepository grids, DepartmentRepository departments, PersonRepository people,
			RoleAssignmentRepository assignments, Validator validator, StaffLogins logins, Clock clock) {
		this.logins = logins;
		this.clock = clock;
		this.grids = grids;
		this.departments = departments;
		this.people = people;
		this.assignments = assignments;
		this.validator = validator;
	}

	/** Imports the rows and opens a login for each person who has none. */
	@Transactional
	public ImportReport importRows(OrganisationRows rows) {
		ImportReport report = importWithoutLogins(rows);
		List<OpenedLogin> opened = rows.people()
			.stream()
			.flatMap(row -> this.logins.open(row.username(), row.name(), row.email(), row.firstPassword()).stream())
			.toList();
		return new ImportReport(report.changes(), opened);
	}

	/** The demo district's made-up staff get no logins. */
	@Transactional
	ImportReport importWithoutLogins(OrganisationRows rows) {
		Run run = new Run();
		run.grids(rows.grids());
		run.departments(rows.departments());
		run.people(rows.people());
		run.assignments(rows.assignments());
		if (!run.problems.isEmpty()) {
			throw new InvalidInputException(run.problems.stream()
				.map(problem -> new FieldProblem(csvColumn(problem.field()), problem.message()))
				.toList());
		}
		return new ImportReport(run.changes, List.of());
	}

	/** One import: what is stored, what the rows add, and what was wrong. */
	private final class Run {

		final List<FieldProblem> problems = new ArrayList<>();

		final Map<String, Counts> changes = new LinkedHashMap<>();

		final Map<String, Grid> gridsByCode = index(OrganisationImport.this.grids.findAll(), Grid::getCode);

		final Map<String, Department> departmentsByCode = index(OrganisationImport.this.departments.findAll(),
				Department::getCode);

		final Map<String, Person> peopleByUsername = index(OrganisationImport.this.people.findAll(),
				Person::getUsername);

		void grids(List<GridRow> rows) {
			Counts counts = new Counts(0, 0, 0);
			// parents before children, whatever the file's order
			for (GridRow row : rows.stream().sorted(Comparator.comparingInt(r -> r.code() == null ? 0 : r.code().length())).toList()) {
				Source source = row.source();
				List<FieldProblem> rowProblems = new ArrayList<>();
				String prefix = source.file() + ":" + source.line() + ":";
				if (row.name() == null) {
					rowProblems.add(new FieldProblem(source.field("name"), "is required"));
				}
				Optional<GridLevel> level = OrganisationRules.checkGridCode(row.code(), row.parentCode(), prefix, rowProblems);
				GridShape shape = GridShapes.read(row.boundary(), row.lon(), row.lat(), prefix, rowProblems);
				Grid parent = row.parentCode() == null ? null : this.gridsByCode.get(row.parentCode());
				if (level.isPresent() && level.get() != GridLevel.DISTRICT && row.parentCode() != null && parent == null) {
					rowProblems.add(new FieldProblem(source.field("parent_code"), "no place has code " + row.parentCode()));
				}
				if (!rowProblems.isEmpty()) {
					this.problems.addAll(rowProblems);
					continue;
				}
				Grid existing = this.gridsByCode.get(row.code());
				if (existing == null) {
					Grid grid = OrganisationImport.this.grids.save(new Grid(row.code(), row.name(), parent, shape));
					this.gridsByCode.put(grid.getCode(), grid);
					counts = counts.plus(new Counts(1, 0, 0));
				}
				else if (existing.getParent() != parent) {
					this.problems.add(new FieldProblem(source.field("parent_code"),
							"differs from the stored parent; move the grid through the API"));
				}
				else {
					counts = counts.plus(existing.update(row.name(), shape) ? new Counts(0, 1, 0) : new Counts(0, 0, 1));
				}
			}
			this.changes.put("grids", counts);
		}

		void departments(List<DepartmentRow> rows) {
			Counts counts = new Counts(0, 0, 0);
			for (DepartmentRow row : rows) {
				if (!valid(new SaveDepartmentCommand(row.code(), row.name()), row.source())) {
					continue;
				}
				Department existing = this.departmentsByCode.get(row.code());
				if (existing == null) {
					this.departmentsByCode.put(row.code(),
							OrganisationImport.this.departments.save(new Department(row.code(), row.name())));
					counts = counts.plus(new Counts(1, 0, 0));
				}
				else {
					counts = counts.plus(existing.rename(row.name()) ? new Counts(0, 1, 0) : new Counts(0, 0, 1));
				}
			}
			this.changes.put("departments", counts);
		}

		void people(List<PersonRow> rows) {
			Counts counts = new Counts(0, 0, 0);
			for (PersonRow row : rows) {
				if (!valid(new SavePersonCommand(row.username(), row.name(), row.phone(), row.email(), row.firstPassword()),
						row.source())) {
					continue;
				}
				Person existing = this.peopleByUsername.get(row.username());
				if (existing == null) {
					this.peopleByUsername.put(row.username(), OrganisationImport.this.people
						.save(new Person(row.username(), row.name(), row.phone(), row.email())));
					counts = counts.plus(new Counts(1, 0, 0));
				}
				else {
					counts = counts.plus(existing.update(row.name(), row.phone(), row.email()) ? new Counts(0, 1, 0)
							: new Counts(0, 0, 1));
				}
			}
			this.changes.put("people", counts);
		}

		void assignments(List<AssignmentRow> rows) {
			Counts counts = new Counts(0, 0, 0);
			Map<String, RoleAssignment> stored = rows.isEmpty() ? new HashMap<>()
					: index(OrganisationImport.this.assignments.findAll(), OrganisationImport::naturalKey);
			for (AssignmentRow row : rows) {
				Source source = row.source();
				String prefix = source.file() + ":" + source.line() + ":";
				List<FieldProblem> rowProblems = new ArrayList<>();
				Person person = lookup(this.peopleByUsername, row.username(), source.field("username"), rowProblems);
				Grid place = lookup(this.gridsByCode, row.placeCode(), source.field("place_code"), rowProblems);
				Department department = row.departmentCode() == null ? null
						: lookup(this.departmentsByCode, row.departmentCode(), source.field("department_code"), rowProblems);
				Optional<Role> role = OrganisationRules.role(row.role(), prefix, rowProblems);
				role.ifPresent(r -> OrganisationRules.checkAssignment(r, place == null ? null : place.getLevel(),
						row.departmentCode() != null, row.validFrom(), row.validTo(), prefix, rowProblems));
				if (!rowProblems.isEmpty()) {
					this.problems.addAll(rowProblems);
					continue;
				}
				String key = naturalKey(row.username(), role.get(), row.placeCode(), row.departmentCode(), row.validFrom());
				RoleAssignment existing = stored.get(key);
				if (existing == null) {
					RoleAssignment created = OrganisationImport.this.assignments.save(
							new RoleAssignment(person, role.get(), place, department, row.validFrom(), row.validTo(),
									OrganisationImport.this.clock.instant()));
					stored.put(key, created);
					counts = counts.plus(new Counts(1, 0, 0));
				}
				else {
					counts = counts.plus(existing.endOn(row.validTo()) ? new Counts(0, 1, 0) : new Counts(0, 0, 1));
				}
			}
			this.changes.put("assignments", counts);
		}

		private boolean valid(Object command, Source source) {
			var violations = OrganisationImport.this.validator.validate(command);
			for (ConstraintViolation<?> violation : violations) {
				this.problems.add(new FieldProblem(source.field(violation.getPropertyPath().toString()),
						violation.getMessage()));
			}
			return violations.isEmpty();
		}

		private <T> T lookup(Map<String, T> known, String key, String field, List<FieldProblem> rowProblems) {
			if (key == null) {
				rowProblems.add(new FieldProblem(field, "is required"));
				return null;
			}
			T value = known.get(key);
			if (value == null) {
				rowProblems.add(new FieldProblem(field, "is unknown: " + key));
			}
			return value;
		}

	}

	/** {@code grids.csv:3:parentCode} → {@code grids.csv:3:parent_code}, as in the file's header. */
	private static String csvColumn(String field) {
		return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

	private static String naturalKey(RoleAssignment assignment) {
		return naturalKey(assignment.getPerson().getUsername(), assignment.getRole(), assignment.getGrid().getCode(),
				assignment.getDepartment() == null ? null : assignment.getDepartment().getCode(),
				assignment.getValidFrom());
	}

	private static String naturalKey(String username, Role role, String placeCode, String departmentCode,
			java.time.LocalDate validFrom) {
		return String.join("|", username, role.name(), placeCode, Objects.toString(departmentCode, ""),
				validFrom.toString());
	}

	private static <T> Map<String, T> index(List<T> entities, Function<T, String> key) {
		return entities.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
	}

}
