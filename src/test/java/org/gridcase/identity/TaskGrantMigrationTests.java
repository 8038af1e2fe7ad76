package org.gridcase.identity;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V11 takes the side door from tasks created before candidates got {@code TASK_WORK}:
 * their per-task {@code UPDATE} grants become {@code TASK_WORK}; other grants stay. Migration
 * V42 removes the per-task grants the task's links now stand for ({@code READ} and
 * {@code TASK_WORK}); other grants stay.
 */
@IntegrationTest
class TaskGrantMigrationTests {

	private static final String GROUP = "GRID_LEADER:migration-test";

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void oldTaskGrantsOfUpdateBecomeTaskWork() throws Exception {
		Authorization old = grant("task-before-v11", Permissions.READ, Permissions.UPDATE);
		Authorization all = grant("task-of-an-administrator", Permissions.ALL);
		Authorization readOnly = grant("task-seen-by-a-center", Permissions.READ);

		this.jdbc.execute(new ClassPathResource("db/migration/V11__task_grants_work_not_update.sql")
			.getContentAsString(StandardCharsets.UTF_8));

		Authorization migrated = reload(old);
		assertThat(migrated.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
		assertThat(migrated.isPermissionGranted(Permissions.READ)).isTrue();
		assertThat(migrated.isPermissionGranted(Permissions.UPDATE)).isFalse();
		assertThat(reload(all).isEveryPermissionGranted()).isTrue();
		assertThat(reload(readOnly).isPermissionGranted(TaskPermissions.TASK_WORK)).isFalse();
	}

	@Test
	void taskGrantsForALinkGoOthersStay() throws Exception {
		Authorization forALink = grant("task-before-v42", Permissions.READ, TaskPermissions.TASK_WORK);
		Authorization all = grant("task-of-an-administrator", Permissions.ALL);
		Authorization readOnly = grant("task-seen-by-a-center", Permissions.READ);
		Authorization everyTask = grant("*", Permissions.READ, TaskPermissions.TASK_WORK);

		this.jdbc.execute(new ClassPathResource("db/migration/V42__task_grants_judged_by_links.sql")
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(reload(forALink)).isNull();
		assertThat(reload(all)).isNotNull();
		assertThat(reload(readOnly)).isNotNull();
		assertThat(reload(everyTask)).isNotNull();
	}

	@AfterEach
	void removeTestGrants() {
		this.authorizationService.createAuthorizationQuery()
			.groupIdIn(GROUP)
			.list()
			.forEach(authorization -> this.authorizationService.deleteAuthorization(authorization.getId()));
	}

	private Authorization grant(String taskId, Permission... permissions) {
		Authorization authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(GROUP);
		authorization.setResource(Resources.TASK);
		authorization.setResourceId(taskId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		return this.authorizationService.saveAuthorization(authorization);
	}

	private Authorization reload(Authorization authorization) {
		return this.authorizationService.createAuthorizationQuery().authorizationId(authorization.getId()).singleResult();
	}

}
