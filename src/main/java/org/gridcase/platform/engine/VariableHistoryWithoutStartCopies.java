package org.gridcase.platform.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history, less copies nobody reads twice (issue 13). A variable's first value is
 * recorded in its historic variable instance (ACT_HI_VARINST: value, scope, task, when it was
 * created); it is no longer recorded a second time as a historic detail (ACT_HI_DETAIL) where no
 * person set it:
 * <ul>
 * <li>the variables a process instance starts with (the case's id, type, grid… copied from the
 * case record, or handed down by a call activity);</li>
 * <li>a task's own (local) variables, which only listeners set when the task is created (its
 * routing, light, deadline and time limit).</li>
 * </ul>
 * Every later change of any variable keeps its detail (a light turning yellow, a rework), and so
 * does every variable a form or a completion creates: Cockpit's variable changes and the audit of
 * what a form submitted read as before.
 */
final class VariableHistoryWithoutStartCopies extends DbHistoryEventHandler {

	@Override
	protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
		return !firstValueSetByTheEngine(event) && super.shouldWriteHistoricDetail(event);
	}

	private static boolean firstValueSetByTheEngine(HistoricVariableUpdateEventEntity event) {
		return Boolean.TRUE.equals(event.isInitial())
				|| event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE) && event.getTaskId() != null;
	}

}
