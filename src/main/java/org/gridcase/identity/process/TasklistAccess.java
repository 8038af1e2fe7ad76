package org.gridcase.identity.process;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every logged-in user may open Tasklist and its shared task filters; which tasks they see
 * there follows from the tasks' candidate groups, that is from their roles in the organisation.
 */
@Component
class TasklistAccess implements ApplicationRunner {

	private final AuthorizationService authorizationService;

	private final FilterService filterService;

	TasklistAccess(AuthorizationService authorizationService, FilterService filterService) {
		this.authorizationService = authorizationService;
		this.filterService = filterService;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		grantToAllUsers(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		for (Filter filter : this.filterService.createFilterQuery().list()) {
			grantToAllUsers(Resources.FILTER, filter.getId(), Permissions.READ);
		}
	}

	private void grantToAllUsers(Resources resource, String resourceId, Permissions permission) {
		boolean granted = this.authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (!granted) {
			Authorization authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			authorization.setUserId(Authorization.ANY);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
			authorization.addPermission(permission);
			this.authorizationService.saveAuthorization(authorization);
		}
	}

}
