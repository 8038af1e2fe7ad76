package org.gridcase.cases.process;

import org.gridcase.grid.TaskRoutingVariables;

/**
 * Process id and variable names of {@code processes/CaseLifecycleProcess.bpmn}.
 */
final class CaseLifecycleProcessVariables {

	static final String PROCESS_ID = "CaseLifecycleProcess";

	static final String CASE_ID = "caseId";

	static final String ISSUE_TYPE = "issueType";

	/** The case's grid; task routing starts there. */
	static final String GRID_CODE = TaskRoutingVariables.GRID_CODE;

	private CaseLifecycleProcessVariables() {
	}

}
