package org.gridcase.audit.process;

import org.camunda.bpm.engine.IdentityService;
import org.gridcase.audit.AuditActors;
import org.gridcase.audit.AuditTrail;

import org.springframework.context.annotation.Lazy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of an audit event: the engine's current authentication (set by engine REST and the
 * webapps for the caller), else the request's logged-in user, else {@value AuditTrail#SYSTEM}
 * (job executor threads carry neither).
 */
@Component
class EngineAuditActors implements AuditActors {

	private final IdentityService identityService;

	EngineAuditActors(@Lazy IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public String current() {
		var engine = this.identityService.getCurrentAuthentication();
		if (engine != null && engine.getUserId() != null) {
			return engine.getUserId();
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
			return user.getName();
		}
		return AuditTrail.SYSTEM;
	}

}
