package org.gridcase.cases;

import java.util.UUID;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff open cases in the places they serve (e.g. a walk-in at a community station) and read
 * the cases of those places. A case outside them is answered as not found.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final CaseManagement cases;

	private final CaseAccessPolicy access;

	CaseController(CaseManagement cases, CaseAccessPolicy access) {
		this.cases = cases;
		this.access = access;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseSummary open(@RequestBody OpenCaseCommand command, Authentication user) {
		if (command.gridCode() != null && !this.access.mayOpen(user, command.gridCode())) {
			throw new AccessDeniedException("You serve no place at or above " + command.gridCode());
		}
		CaseId id = this.cases.openCase(command);
		return CaseSummary.of(this.cases.findCase(id).orElseThrow());
	}

	@GetMapping("/{id}")
	CaseSummary get(@PathVariable String id, Authentication user) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("id", "is not a case id");
		}
		return this.cases.findCase(new CaseId(uuid))
			.filter(record -> this.access.maySee(user, record))
			.map(CaseSummary::of)
			.orElseThrow(() -> new NotFoundException("No case " + id));
	}

}
