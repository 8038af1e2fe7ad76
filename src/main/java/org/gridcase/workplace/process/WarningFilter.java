package org.gridcase.workplace.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.gridcase.grid.TaskRoutingVariables;
import org.gridcase.shared.UserTexts;
import org.gridcase.supervision.WarningView;
import org.gridcase.supervision.Warnings;
import org.gridcase.supervision.WarningsChanged;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist filter 预警 broadcasts the four-level warnings in force (四级预警): its description
 * lists them (level, place, days), its colour is the most severe level's, and it lists the
 * tasks of cases in the warned places. Rebuilt at start, whenever a warning is set or lifted
 * (in that transaction) and every hour (warnings begin and end with days). Readable by every
 * logged-in user, like the other shared filters ({@link TasklistFilters}).
 */
@Component
@Order(11)
class WarningFilter implements ApplicationRunner {

	static final String KEY = "WARNING";

	/** The filter's place among ours: after 今日到期, before the starter's 全部任务. */
	static final int PRIORITY = TasklistFilters.ALL_TASKS_PRIORITY;

	private static final Map<String, String> COLORS = Map.of("red", "#cf1322", "orange", "#d46b08", "yellow",
			"#d4b106", "blue", "#1f6fd1");

	private final FilterService filters;

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	private final Warnings warnings;

	WarningFilter(FilterService filters, TaskService tasks, AuthorizationService authorizations, Warnings warnings) {
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
		this.warnings = warnings;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		refresh();
	}

	@EventListener
	void on(WarningsChanged event) {
		refresh();
	}

	@Scheduled(cron = "0 1 * * * *")
	@Transactional
	public void hourly() {
		refresh();
	}

	void refresh() {
		List<WarningView> inForce = this.warnings.inForce();
		Filter filter = this.filters.createFilterQuery()
			.filterResourceType(org.camunda.bpm.engine.EntityTypes.TASK)
			.list()
			.stream()
			.filter(stored -> stored.getProperties() != null && KEY.equals(stored.getProperties().get(TasklistFilters.KEY)))
			.findFirst()
			.orElseGet(() -> this.filters.newTaskFilter(UserTexts.get("tasklist-filter.WARNING.name")));
		filter.setName(UserTexts.get("tasklist-filter.WARNING.name"));
		filter.setQuery(query(inForce).orderByDueDate().asc());
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(TasklistFilters.KEY, KEY);
		properties.put("description", description(inForce));
		properties.put("priority", PRIORITY);
		properties.put("color", inForce.isEmpty() ? "#8c8c8c" : COLORS.get(inForce.get(0).color()));
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		properties.put("variables", List.of(Map.of("name", WorkplaceVariables.LIGHT, "label",
				UserTexts.get("tasklist-filter.variable.light"))));
		filter.setProperties(properties);
		this.filters.saveFilter(filter);
		readableByEveryone(filter.getId());
	}

	private TaskQuery query(List<WarningView> inForce) {
		TaskQuery query = this.tasks.createTaskQuery();
		if (inForce.isEmpty()) {
			// no grid code is a dash: the filter lists nothing while no warning is in force
			return query.processVariableValueEquals(TaskRoutingVariables.GRID_CODE, "-");
		}
		TaskQuery or = query.or();
		inForce.stream()
			.map(WarningView::place)
			.distinct()
			.forEach(place -> or.processVariableValueLike(TaskRoutingVariables.GRID_CODE, place + "%"));
		return or.endOr();
	}

	private static String description(List<WarningView> inForce) {
		if (inForce.isEmpty()) {
			return UserTexts.get("tasklist-filter.WARNING.none");
		}
		return UserTexts.get("tasklist-filter.WARNING.description", inForce.stream()
			.map(warning -> UserTexts.get("tasklist-filter.WARNING.entry", warning.levelLabel(), warning.placeName(),
					warning.from(), warning.to()))
			.collect(Collectors.joining("；")));
	}

	private void readableByEveryone(String filterId) {
		boolean granted = this.authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(Resources.FILTER)
			.resourceId(filterId)
			.count() > 0;
		if (!granted) {
			Authorization read = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			read.setUserId(Authorization.ANY);
			read.setResource(Resources.FILTER);
			read.setResourceId(filterId);
			read.addPermission(Permissions.READ);
			this.authorizations.saveAuthorization(read);
		}
	}

}
