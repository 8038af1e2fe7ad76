package org.gridcase.platform.engine;

import java.util.Set;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's full history, less the copies nobody reads twice (issue 13: what a case costs).
 * <ul>
 * <li>A variable's first value is recorded in its historic variable instance (ACT_HI_VARINST:
 * value, scope, task, when it was created), and no longer a second time as a historic detail
 * (ACT_HI_DETAIL) where no person set it: the variables a process instance starts with (the
 * case's id, type, grid… copied from the case record, or handed down by a call activity) and a
 * task's own (local) variables, which only listeners set (its routing, light, deadline and time
 * limit). Every later change of any variable keeps its detail (a light turning yellow), and so
 * does every variable a form or a completion creates: Cockpit's variable changes and the audit of
 * what a form submitted read as before.</li>
 * <li>The first value of a variable that only copies what is recorded elsewhere
 * ({@link LeanHistoryProperties#copiesKeptElsewhere()}: the case record's fields, a task's
 * first light and deadline…) is not recorded at all, neither as historic variable instance nor
 * as detail. Its first change records the historic variable instance (the engine inserts one
 * when it updates a variable it has no history of) and a detail, as for any change.</li>
 * <li>A job being created is not logged (ACT_HI_JOB_LOG): the job itself says when it is due
 * while it waits; its failures, its success and its deletion are logged as before.</li>
 * <li>A process instance's own (none) start event has no historic activity instance
 * (ACT_HI_ACTINST): it would copy what the historic process instance holds, its start activity
 * and start time (the instance passes it in the moment it starts). The Cockpit history plugin
 * shows it from there. Start events of subprocesses and event subprocesses, and every other
 * activity, keep theirs.</li>
 * </ul>
 */
final class LeanEngineHistory extends DbHistoryEventHandler {

	private final Set<String> copiesKeptElsewhere;

	LeanEngineHistory(Set<String> copiesKeptElsewhere) {
		this.copiesKeptElsewhere = Set.copyOf(copiesKeptElsewhere);
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		// by its state: an event's type names no entity ("create" is also a task's, a variable's…)
		if (event instanceof HistoricJobLogEvent job && job.getState() == JobState.CREATED.getStateCode()) {
			return;
		}
		if (event instanceof HistoricVariableUpdateEventEntity variable && isFirstValueOfACopy(variable)) {
			return;
		}
		if (event instanceof HistoricActivityInstanceEventEntity activity && isTheInstancesStart(activity)) {
			return;
		}
		super.handleEvent(event);
	}

	@Override
	protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
		return !firstValueSetByTheEngine(event) && super.shouldWriteHistoricDetail(event);
	}

	private boolean isFirstValueOfACopy(HistoricVariableUpdateEventEntity event) {
		return event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
				&& this.copiesKeptElsewhere.contains(event.getVariableName());
	}

	private static boolean isTheInstancesStart(HistoricActivityInstanceEventEntity activity) {
		return ActivityTypes.START_EVENT.equals(activity.getActivityType())
				&& activity.getProcessInstanceId() != null
				&& activity.getProcessInstanceId().equals(activity.getParentActivityInstanceId());
	}

	private static boolean firstValueSetByTheEngine(HistoricVariableUpdateEventEntity event) {
		return Boolean.TRUE.equals(event.isInitial())
				|| event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE) && event.getTaskId() != null;
	}

}
