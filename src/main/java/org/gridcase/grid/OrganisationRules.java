package org.gridcase.grid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gridcase.shared.InvalidInputException.FieldProblem;

/**
 * The rules every write to the organisation obeys, whether it comes from the admin API or a
 * CSV import: well-formed codes nested in their parent's, roles held only where they belong,
 * validity that ends after it starts.
 */
final class OrganisationRules {

	private OrganisationRules() {
	}

	/** The level of a well-formed code whose parent code is the given one. */
	static Optional<GridLevel> checkGridCode(String code, String parentCode, String prefix,
			List<FieldProblem> problems) {
		Optional<GridLevel> level = GridLevel.ofCode(code);
		if (level.isEmpty()) {
			problems.add(new FieldProblem(prefix + "code",
					"must be 6 digits (district) plus 3 per level below it: 9, 12, 15 or 18 digits"));
			return level;
		}
		if (level.get() == GridLevel.DISTRICT) {
			if (parentCode != null && !parentCode.isBlank()) {
				problems.add(new FieldProblem(prefix + "parentCode", "a district has no parent"));
			}
			return level;
		}
		if (parentCode == null || parentCode.isBlank()) {
			problems.add(new FieldProblem(prefix + "parentCode", "is required below district level"));
		}
		else if (!code.startsWith(parentCode) || code.length() != parentCode.length() + 3) {
			problems.add(new FieldProblem(prefix + "code", "must extend its parent's code " + parentCode + " by 3 digits"));
		}
		return level;
	}

	static void checkAssignment(Role role, GridLevel placeLevel, boolean hasDepartment, LocalDate validFrom,
			LocalDate validTo, String prefix, List<FieldProblem> problems) {
		if (placeLevel != null && !role.isHeldAt(placeLevel)) {
			problems.add(new FieldProblem(prefix + "placeCode", role + " is not held at " + placeLevel + " level"));
		}
		if (role.isDepartmental() && !hasDepartment) {
			problems.add(new FieldProblem(prefix + "departmentCode", "is required for " + role));
		}
		if (!role.isDepartmental() && hasDepartment) {
			problems.add(new FieldProblem(prefix + "departmentCode", "must be empty for " + role));
		}
		if (validFrom == null) {
			problems.add(new FieldProblem(prefix + "validFrom", "is required"));
		}
		else if (validTo != null && !validTo.isAfter(validFrom)) {
			problems.add(new FieldProblem(prefix + "validTo", "must be after validFrom"));
		}
	}

	static Optional<Role> role(String value, String prefix, List<FieldProblem> problems) {
		try {
			return Optional.of(Role.valueOf(value));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problems.add(new FieldProblem(prefix + "role", "must be one of " + List.of(Role.values())));
			return Optional.empty();
		}
	}

}
