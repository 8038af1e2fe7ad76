package org.gridcase.intake;

import java.util.List;
import java.util.UUID;

import org.gridcase.intake.Open311Keys.IssuedOpen311Key;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators issue, list and revoke the API keys of Open311 client systems.
 */
@RestController
@RequestMapping("/api/open311/keys")
@PreAuthorize("@administrators.include(authentication)")
class Open311KeyController {

	private final Open311Keys keys;

	Open311KeyController(Open311Keys keys) {
		this.keys = keys;
	}

	/** Issues a key: the answer's {@code apiKey} is shown this once and never again. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IssuedOpen311Key issue(@RequestBody IssueOpen311KeyCommand command, Authentication user) {
		return this.keys.issue(command, user.getName());
	}

	@GetMapping
	List<Open311KeyView> list() {
		return this.keys.list();
	}

	@PostMapping("/{id}/revoke")
	Open311KeyView revoke(@PathVariable UUID id, Authentication user) {
		return this.keys.revoke(id, user.getName());
	}

}
