package org.gridcase.platform.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history, less one copy (issue 13): a variable handed to a process instance when
 * it starts (the case's id, type, grid… that a case's processes start with) is recorded once in
 * the historic variable instance (ACT_HI_VARINST, with the instance and the time it was created),
 * no longer a second time as a historic detail (ACT_HI_DETAIL). Every later change of a variable,
 * and every variable a task's form or a listener creates, keeps its detail, so Cockpit's variable
 * changes and the audit of what a form submitted read as before.
 */
final class VariableHistoryWithoutStartCopies extends DbHistoryEventHandler {

	@Override
	protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
		return !Boolean.TRUE.equals(event.isInitial()) && super.shouldWriteHistoricDetail(event);
	}

}
