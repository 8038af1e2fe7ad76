package org.gridcase.audit;

import org.gridcase.cases.Caller;
import org.gridcase.cases.Callers;
import org.gridcase.grid.Role;
import org.gridcase.shared.UserTexts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Auditors (and administrators: the engine's and the organisation's) check that nobody changed
 * the audit trail.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditChainVerifier verifier;

	private final Callers callers;

	AuditController(AuditChainVerifier verifier, Callers callers) {
		this.verifier = verifier;
		this.callers = callers;
	}

	/** Recomputes the whole chain and names its first broken link. */
	@GetMapping("/verify")
	AuditVerification verify(Authentication user) {
		Caller caller = this.callers.of(user);
		if (!caller.engineAdministrator()
				&& caller.roles().stream().noneMatch(held -> held.role() == Role.AUDITOR || held.role() == Role.ADMIN)) {
			throw new AccessDeniedException(UserTexts.get("audit.verify-not-allowed"));
		}
		return this.verifier.verify();
	}

}
