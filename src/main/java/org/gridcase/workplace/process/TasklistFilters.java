package org.gridcase.workplace.process;

import org.gridcase.shared.UserTexts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasklist's shared filters, created at start and brought back to this definition at every
 * start (found by the {@value #KEY} property, else by name): 我的待办 (assigned to me), 本网格待领取
 * (offered to my posts, unclaimed), 黄灯, 红灯 and 今日到期 (every task I may see whose light is
 * yellow / red, or that falls due today in the district). The queries name no person or group:
 * {@code ${currentUser()}} and {@code ${districtTodayStart()}} are evaluated for whoever opens the
 * filter, so one filter serves every role and every grid,
 * and every logged-in user may read them (one authorization row per filter). Each embeds the
 * task's light in the list ({@code variables}: the task's own variable, which its candidates may
 * read; the Tasklist plugin draws it with the case's tracking number, issue type and address) and
 * is refreshed with the list. The starter's 全部任务 filter is kept, after ours, with the same
 * variables.
 */
@Component
@Order(10)
class TasklistFilters implements ApplicationRunner {

	/** Filter property naming which of our filters a stored filter is. */
	static final String KEY = "gridcaseFilter";

	static final List<Definition> DEFINITIONS = List.of(
			new Definition("MY_TASKS", "#1f6fd1",
					query -> query.taskAssigneeExpression("${currentUser()}")),
			// candidate user rather than ${currentUserGroups()}: the engine asks the organisation for the
			// user's posts on each query (a staffing change shows at once), and a login that holds no
			// post finds nothing instead of failing on an empty group list
			new Definition("GROUP_UNCLAIMED", "#2e7d32",
					query -> query.taskCandidateUserExpression("${currentUser()}")),
			new Definition("YELLOW", "#d48806",
					query -> query.taskVariableValueEquals(WorkplaceVariables.LIGHT, "YELLOW")),
			new Definition("RED", "#cf1322",
					query -> query.taskVariableValueEquals(WorkplaceVariables.LIGHT, "RED")),
			new Definition("DUE_TODAY", "#722ed1",
					query -> query.dueAfterExpression("${" + DistrictDay.TODAY_START + "()}")
						.dueBeforeExpression("${" + DistrictDay.TOMORROW_START + "()}")));

	/** Where the starter's 全部任务 filter goes: after ours. */
	static final int ALL_TASKS_PRIORITY = DEFINITIONS.size() + 1;

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	private final CamundaBpmProperties camunda;

	TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
			CamundaBpmProperties camunda) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
		this.camunda = camunda;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<Filter> stored = this.filterService.createFilterQuery().filterResourceType(EntityTypes.TASK).list();
		for (int i = 0; i < DEFINITIONS.size(); i++) {
			Definition definition = DEFINITIONS.get(i);
			Filter filter = find(stored, definition.key(), definition.name())
				.orElseGet(() -> this.filterService.newTaskFilter(definition.name()));
			filter.setName(definition.name());
			filter.setQuery(definition.query().apply(this.taskService.createTaskQuery()).orderByDueDate().asc());
			filter.setProperties(properties(definition.key(), definition.description(), definition.color(), i + 1));
			this.filterService.saveFilter(filter);
			readableByEveryone(filter.getId());
		}
		String allTasks = this.camunda.getFilter().getCreate();
		if (allTasks != null) {
			stored.stream().filter(filter -> allTasks.equals(filter.getName())).findFirst().ifPresent(filter -> {
				filter.setProperties(properties(null, UserTexts.get("tasklist-filter.ALL.description"), "#555555", ALL_TASKS_PRIORITY));
				this.filterService.saveFilter(filter);
			});
		}
	}

	private static Optional<Filter> find(List<Filter> stored, String key, String name) {
		return stored.stream()
			.filter(filter -> filter.getProperties() != null && key.equals(filter.getProperties().get(KEY)))
			.findFirst()
			.or(() -> stored.stream().filter(filter -> name.equals(filter.getName())).findFirst());
	}

	private static Map<String, Object> properties(String key, String description, String color, int priority) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (key != null) {
			properties.put(KEY, key);
		}
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("color", color);
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		properties.put("variables", List.of(variable(WorkplaceVariables.LIGHT, UserTexts.get("tasklist-filter.variable.light"))));
		return properties;
	}

	private static Map<String, String> variable(String name, String label) {
		return Map.of("name", name, "label", label);
	}

	private void readableByEveryone(String filterId) {
		boolean granted = this.authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(Resources.FILTER)
			.resourceId(filterId)
			.count() > 0;
		if (!granted) {
			Authorization read = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			read.setUserId(Authorization.ANY);
			read.setResource(Resources.FILTER);
			read.setResourceId(filterId);
			read.addPermission(Permissions.READ);
			this.authorizationService.saveAuthorization(read);
		}
	}

	/** One shared filter: its stable key, what Tasklist shows, and its query before ordering. */
	/** One of our filters; its name and description are {@code tasklist-filter.KEY.name}/{@code .description}. */
	record Definition(String key, String color, UnaryOperator<TaskQuery> query) {

		String name() {
			return UserTexts.get("tasklist-filter." + this.key + ".name");
		}

		String description() {
			return UserTexts.get("tasklist-filter." + this.key + ".description");
		}

	}

}
