package org.gridcase.notify.process;

import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gridcase.cases.CaseId;
import org.gridcase.grid.TaskRoutingVariables;
import org.gridcase.notify.StaffAlerts;

/**
 * Added to every user task (after the model's own create listeners, so routing and the deadline
 * are set): the holders of the group the task went to are told of it.
 */
class TellCandidatesOfNewTask implements TaskListener {

	/** Process variable every case process carries. */
	private static final String CASE_ID = "caseId";

	private final StaffAlerts alerts;

	TellCandidatesOfNewTask(StaffAlerts alerts) {
		this.alerts = alerts;
	}

	@Override
	public void notify(DelegateTask task) {
		Object group = task.getVariableLocal(TaskRoutingVariables.ROUTED_TO);
		Object caseId = task.getVariable(CASE_ID);
		if (group == null || caseId == null) {
			return;
		}
		Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
		this.alerts.taskCreated(task.getId(), task.getName(), group.toString(),
				new CaseId(UUID.fromString(caseId.toString())), due);
	}

}
