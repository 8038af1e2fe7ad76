package org.gridcase.identity.process;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;

/**
 * How a page of someone's task list finds the tasks they see ({@link VisibleTasks}): by walking
 * the index of the list's order and testing each task until the page is full, or by collecting
 * every task they see first and sorting those.
 * <p>
 * Walking tests about {@code pageEnd × open / seen} tasks (open: all open tasks; seen: those the
 * person sees), collecting handles about {@code seen}; the walk is the cheaper when {@code seen ≥
 * √(pageEnd × open)}. One statement counts the tasks the person sees through the indexes the
 * collection would read, and stops at that number ({@code open} is PostgreSQL's estimate of the
 * task table's rows), so choosing costs at most about what the cheaper way costs: a community
 * station with thousands of tasks walks and stops at the page, a quiet community in a busy
 * district (or a grid leader with a handful) collects its few.
 * <p>
 * Only a page (not a count or a whole list) in an order an index keeps (creation, due date, last
 * update, id) can stop early; everything else collects, but a query of one task by its id, which
 * tests that task alone.
 */
final class TaskListWalk {

	static final String SEES_MANY_TASKS = "selectSeesManyTasks";

	/** The engine's names of the task orders an index of {@code ACT_RU_TASK} keeps. */
	private static final Set<String> INDEXED_ORDERS = Set.of("CREATE_TIME_", "DUE_DATE_", "LAST_UPDATED_", "ID_");

	/** Deeper pages than this collect: the walk would test too many tasks to reach them. */
	private static final int DEEPEST_WALKED_ROW = 1_000;

	private TaskListWalk() {
	}

	static void choose(TaskQueryImpl query, VisibleTasks visible, DbEntityManager database) {
		// one task named by its id: test that one
		if (query.getTaskId() != null || pageInIndexedOrder(query)
				&& Boolean.TRUE.equals(database.selectOne(SEES_MANY_TASKS, Map.of("authCheck", visible, "pageEnd", pageEnd(query))))) {
			visible.walk();
		}
	}

	private static boolean pageInIndexedOrder(TaskQueryImpl query) {
		if (query.getMaxResults() == Integer.MAX_VALUE || pageEnd(query) > DEEPEST_WALKED_ROW) {
			return false;
		}
		List<QueryOrderingProperty> order = query.getOrderingProperties();
		// no order: the engine sorts by id
		return order.isEmpty() || order.get(0).getRelation() == null && order.get(0).getQueryProperty() != null
				&& INDEXED_ORDERS.contains(order.get(0).getQueryProperty().getName());
	}

	private static long pageEnd(TaskQueryImpl query) {
		return (long) Math.max(query.getFirstResult(), 0) + query.getMaxResults();
	}

}
