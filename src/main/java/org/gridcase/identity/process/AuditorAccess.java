package org.gridcase.identity.process;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAssigned;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Staffing;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Auditors (审计员) trace every process instance: they may open Cockpit and read definitions,
 * instances, tasks, decisions and their history, and change nothing. Granted to each
 * {@code AUDITOR:<place>} group, at start for the auditors the organisation has and whenever
 * one is appointed.
 */
@Component
class AuditorAccess {

	private static final Map<Resource, Set<Permission>> READ_ONLY = Map.of(
			Resources.APPLICATION, Set.of(Permissions.ACCESS),
			Resources.PROCESS_DEFINITION, Set.of(Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
					Permissions.READ_TASK),
			Resources.PROCESS_INSTANCE, Set.of(Permissions.READ),
			Resources.TASK, Set.of(Permissions.READ),
			Resources.DECISION_DEFINITION, Set.of(Permissions.READ, Permissions.READ_HISTORY),
			Resources.DEPLOYMENT, Set.of(Permissions.READ));

	private final AuthorizationService authorizationService;

	private final Staffing staffing;

	AuditorAccess(AuthorizationService authorizationService, Staffing staffing) {
		this.authorizationService = authorizationService;
		this.staffing = staffing;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void grantToTheOrganisationsAuditors() {
		this.staffing.placesHolding(Role.AUDITOR).forEach(this::grant);
	}

	@EventListener
	void on(RoleAssigned event) {
		if (event.roleAtPlace().role() == Role.AUDITOR) {
			grant(event.roleAtPlace());
		}
	}

	private void grant(RoleAtPlace auditors) {
		String group = auditors.groupId();
		READ_ONLY.forEach((resource, permissions) -> {
			String resourceId = resource == Resources.APPLICATION ? "cockpit" : Authorization.ANY;
			if (this.authorizationService.createAuthorizationQuery()
				.groupIdIn(group)
				.resourceType(resource)
				.resourceId(resourceId)
				.count() == 0) {
				Authorization authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				authorization.setGroupId(group);
				authorization.setResource(resource);
				authorization.setResourceId(resourceId);
				permissions.forEach(authorization::addPermission);
				this.authorizationService.saveAuthorization(authorization);
			}
		});
	}

}
