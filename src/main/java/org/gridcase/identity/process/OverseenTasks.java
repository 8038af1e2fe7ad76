package org.gridcase.identity.process;

import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.gridcase.grid.TaskRoutingVariables;

/**
 * The tasks a person holding a center role may read, as criteria a task query ORs together in
 * place of the engine's authorization join: the tasks of cases in the places they oversee (the
 * case's {@value TaskRoutingVariables#GRID_CODE} begins with the place's code: this covers every
 * task offered to their center posts, which routing only climbs to above the case's grid), the
 * tasks offered to their other posts, if they hold any (claimed or not, as the engine's candidate
 * grant reads), and those they hold or own. Added once to a task query ({@link #addTo}).
 */
final class OverseenTasks extends TaskQueryImpl {

	private OverseenTasks(String userId, List<String> groupIds, CenterOversight oversight) {
		for (String place : oversight.placeCodes()) {
			processVariableValueLike(TaskRoutingVariables.GRID_CODE, place + "%");
		}
		List<String> otherPosts = groupIds.stream().filter(group -> !oversight.isCenter(group)).toList();
		if (!otherPosts.isEmpty()) {
			taskCandidateGroupIn(otherPosts).includeAssignedTasks();
		}
		taskAssignee(userId);
		taskOwner(userId);
	}

	/** Adds the criteria to the query, unless it has them already (a query may be run twice: list and count). */
	static void addTo(TaskQueryImpl query, String userId, List<String> groupIds, CenterOversight oversight) {
		if (query.getQueries().stream().anyMatch(OverseenTasks.class::isInstance)) {
			return;
		}
		OverseenTasks overseen = new OverseenTasks(userId, groupIds, oversight);
		query.addOrQuery(overseen);
		overseen.ensureVariablesInitialized();
	}

}
