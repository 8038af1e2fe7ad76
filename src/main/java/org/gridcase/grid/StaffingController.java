package org.gridcase.grid;

import java.util.List;

import org.gridcase.shared.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who holds a role at a place now, and where a task for it would go (with the climb).
 */
@RestController
@RequestMapping("/api/staffing")
class StaffingController {

	private final Staffing staffing;

	StaffingController(Staffing staffing) {
		this.staffing = staffing;
	}

	@GetMapping("/holders")
	List<Holder> holders(@RequestParam Role role, @RequestParam String place,
			@RequestParam(required = false) String department) {
		return this.staffing.holders(roleAtPlace(role, department, place));
	}

	/** Where a task for this role concerning this place would go; nothing is recorded. */
	@GetMapping("/routing")
	Routing routing(@RequestParam Role role, @RequestParam String place,
			@RequestParam(required = false) String department) {
		roleAtPlace(role, department, place);
		return this.staffing.route(role, department, place, null);
	}

	private static RoleAtPlace roleAtPlace(Role role, String department, String place) {
		if (role.isDepartmental() && department == null) {
			throw new InvalidInputException("department", "is required for " + role);
		}
		if (!role.isDepartmental() && department != null) {
			throw new InvalidInputException("department", "must be empty for " + role);
		}
		if (GridLevel.ofCode(place).isEmpty()) {
			throw new InvalidInputException("place", "is not a place code");
		}
		return new RoleAtPlace(role, department, place);
	}

}
