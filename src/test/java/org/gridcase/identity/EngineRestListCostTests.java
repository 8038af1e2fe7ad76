package org.gridcase.identity;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.SqlStatements;
import org.gridcase.identity.process.TaskGrantHolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a grid worker's engine REST task list costs in statements: the question whether the login
 * holds a grant beyond single tasks is asked once per window, and again as soon as a grant is
 * written through the engine.
 */
@IntegrationTest
class EngineRestListCostTests {

	private static final String LIST = "/engine-rest/task?sortBy=created&sortOrder=desc&firstResult=0&maxResults=15";

	@LocalServerPort
	int port;

	@Autowired
	TaskGrantHolders grantHolders;

	@Autowired
	AuthorizationService authorizationService;

	@BeforeEach
	void nothingRemembered() {
		this.grantHolders.forgetAll();
	}

	@Test
	void theGrantQuestionIsAskedOncePerWindowAndAgainWhenAGrantIsWritten() {
		List<String> first = statementsOfTheList();
		List<String> second = statementsOfTheList();
		System.out.printf("Statements of gridleader1's engine REST list: first of a window %d, then %d%n", first.size(),
				second.size());
		assertThat(first).filteredOn(EngineRestListCostTests::readsGrants).hasSize(1);
		assertThat(second).noneMatch(EngineRestListCostTests::readsGrants).hasSize(first.size() - 1);

		Authorization everyTask = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		everyTask.setUserId("gridleader1");
		everyTask.setResource(Resources.TASK);
		everyTask.setResourceId("*");
		everyTask.addPermission(Permissions.READ);
		this.authorizationService.saveAuthorization(everyTask);
		try {
			List<String> granted = statementsOfTheList();
			assertThat(granted).as("asked again, and judged by the grant join")
				.filteredOn(EngineRestListCostTests::readsGrants)
				.hasSizeGreaterThanOrEqualTo(2);
		}
		finally {
			this.authorizationService.deleteAuthorization(everyTask.getId());
		}
		assertThat(statementsOfTheList()).as("the grant removed: asked again, judged by links")
			.filteredOn(EngineRestListCostTests::readsGrants)
			.hasSize(1);
	}

	private static boolean readsGrants(String statement) {
		return statement.contains("act_ru_authorization");
	}

	/** The list's statements, without the login's (its password is checked once per window). */
	private List<String> statementsOfTheList() {
		try (SqlStatements sql = SqlStatements.recordWith("org.gridcase.identity.process.VisibleTasks")) {
			HttpResponse<String> list = ApiClient.as(this.port, "gridleader1", "demo123").get(LIST);
			assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
			return sql.matching(statement -> !statement.matches("(?s).*( from act_id_| login_first_password).*"));
		}
	}

}
