package org.gridcase.grid;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Departments, people and who holds which role where.
 */
@RestController
@RequestMapping("/api")
class StaffController {

	private final OrganisationManagement management;

	private final Staffing staffing;

	StaffController(OrganisationManagement management, Staffing staffing) {
		this.management = management;
		this.staffing = staffing;
	}

	@PutMapping("/departments/{code}")
	@PreAuthorize("@administrators.include(authentication)")
	void saveDepartment(@PathVariable String code, @RequestBody NameRequest request) {
		this.management.saveDepartment(new SaveDepartmentCommand(code, request.name()));
	}

	@PutMapping("/people/{username}")
	@PreAuthorize("@administrators.include(authentication)")
	SavedPerson savePerson(@PathVariable String username, @RequestBody PersonRequest request) {
		return this.management.savePerson(new SavePersonCommand(username, request.name(), request.phone(),
				request.email(), request.firstPassword()));
	}

	/** The roles a person holds now, and where: the places they serve. */
	@GetMapping("/people/{username}/roles")
	List<HeldRole> roles(@PathVariable String username) {
		return this.staffing.rolesOf(username);
	}

	@PostMapping("/assignments")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@administrators.include(authentication)")
	AssignmentView assign(@RequestBody AssignRoleCommand command) {
		return this.management.assignRole(command);
	}

	@PostMapping("/assignments/{id}/end")
	@PreAuthorize("@administrators.include(authentication)")
	AssignmentView end(@PathVariable Long id, @RequestBody EndRequest request) {
		return this.management.endAssignment(new EndAssignmentCommand(id, request.validTo()));
	}

	record NameRequest(String name) {
	}

	/** Withdraws an assignment entered by mistake, the day it was entered; as if never made. */
	@PostMapping("/assignments/{id}/withdraw")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("@administrators.include(authentication)")
	void withdraw(@PathVariable Long id) {
		this.management.withdrawAssignment(new WithdrawAssignmentCommand(id));
	}

	record PersonRequest(String name, String phone, String email, String firstPassword) {
	}

	record EndRequest(LocalDate validTo) {
	}

}
