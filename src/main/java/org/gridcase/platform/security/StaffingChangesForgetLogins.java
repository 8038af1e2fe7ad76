package org.gridcase.platform.security;

import org.gridcase.grid.AssignmentEnded;
import org.gridcase.grid.AssignmentWithdrawn;
import org.gridcase.grid.RoleAssigned;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A person's roles at places are engine groups ({@code identity.process.OrganisationGroups}):
 * once a change of them is committed on this node, their next request is checked again, so that
 * it carries the groups they hold now ({@link VerifiedLogins}).
 */
@Component
@Profile("!keycloak")
class StaffingChangesForgetLogins {

	private final VerifiedLogins verifiedLogins;

	StaffingChangesForgetLogins(VerifiedLogins verifiedLogins) {
		this.verifiedLogins = verifiedLogins;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void roleAssigned(RoleAssigned event) {
		this.verifiedLogins.forget(event.username());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void assignmentEnded(AssignmentEnded event) {
		this.verifiedLogins.forget(event.username());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void assignmentWithdrawn(AssignmentWithdrawn event) {
		this.verifiedLogins.forget(event.username());
	}

}
