package org.gridcase.supervision;

import java.util.List;

import org.gridcase.cases.Callers;
import org.gridcase.shared.UserTexts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Four-level warnings: the district center (and engine administrators) set and lift them; staff
 * read those concerning their places.
 */
@RestController
@RequestMapping("/api/supervision/warnings")
class WarningController {

	private final Warnings warnings;

	private final Callers callers;

	WarningController(Warnings warnings, Callers callers) {
		this.warnings = warnings;
		this.callers = callers;
	}

	record LiftRequest(String reason) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	WarningView set(@RequestBody(required = false) SetWarningCommand command, Authentication user) {
		writer(user);
		return this.warnings.set(command == null ? new SetWarningCommand(null, null, null, null, null) : command,
				user.getName());
	}

	@PostMapping("/{id}/lift")
	WarningView lift(@PathVariable long id, @RequestBody(required = false) LiftRequest request, Authentication user) {
		writer(user);
		return this.warnings.lift(id, request == null ? null : request.reason(), user.getName());
	}

	@GetMapping
	List<WarningView> list(@RequestParam(defaultValue = "false") boolean active,
			@RequestParam(required = false) String place, Authentication user) {
		return this.warnings.concerning(Reach.of(this.callers.of(user)), active,
				place == null || place.isBlank() ? null : place.trim());
	}

	/** The warnings in force today for the places the caller works in (the phone page's banner). */
	@GetMapping("/mine")
	List<WarningView> mine(Authentication user) {
		return this.warnings.concerning(Reach.of(this.callers.of(user)), true, null);
	}

	private void writer(Authentication user) {
		if (!Reach.of(this.callers.of(user)).maySetWarnings()) {
			throw new AccessDeniedException(UserTexts.get("supervision.warning.not-allowed"));
		}
	}

}
