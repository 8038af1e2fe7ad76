package org.gridcase.identity.process;

import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.gridcase.grid.TaskRoutingVariables;

/**
 * The history of the tasks a person holding a center role may read (as {@link VisibleTasks} for
 * running tasks, for finished and running tasks alike): the tasks of cases in the places they
 * oversee, and those they held or owned. Added once to a historic task query ({@link #addTo}).
 */
final class OverseenHistoricTasks extends HistoricTaskInstanceQueryImpl {

	private OverseenHistoricTasks(String userId, CenterOversight oversight) {
		for (String place : oversight.placeCodes()) {
			processVariableValueLike(TaskRoutingVariables.GRID_CODE, place + "%");
		}
		taskAssignee(userId);
		taskOwner(userId);
	}

	static void addTo(HistoricTaskInstanceQueryImpl query, String userId, CenterOversight oversight) {
		if (query.getQueries().stream().anyMatch(OverseenHistoricTasks.class::isInstance)) {
			return;
		}
		OverseenHistoricTasks overseen = new OverseenHistoricTasks(userId, oversight);
		query.addOrQuery(overseen);
		overseen.ensureVariablesInitialized();
	}

}
