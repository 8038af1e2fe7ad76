package org.gridcase.cases.process;

import org.gridcase.grid.TaskRoutingVariables;

/**
 * Process id and variable names of {@code processes/CaseLifecycleProcess.bpmn}; the case
 * variables ({@link #CASE_ID} to {@link #DESCRIPTION}) are passed on to the handling and
 * accountability processes under the same names.
 */
final class CaseLifecycleProcessVariables {

	static final String PROCESS_ID = "CaseLifecycleProcess";

	static final String CASE_ID = "caseId";

	static final String ISSUE_TYPE = "issueType";

	static final String SEVERITY = "severity";

	/** The case's grid; task routing starts there. */
	static final String GRID_CODE = TaskRoutingVariables.GRID_CODE;

	static final String DESCRIPTION = "description";

	static final String ADDRESS = "address";

	/** REGISTER or REJECT, decided when registering. */
	static final String REGISTER_DECISION = "registerDecision";

	/** DUPLICATE, OUTSIDE_JURISDICTION or NOT_A_PROBLEM. */
	static final String REJECTION_REASON = "rejectionReason";

	/** Key of the issue type's handling process (from the catalogue, by the service task Activity_SelectHandlingProcess). */
	static final String HANDLING_PROCESS = "handlingProcess";

	/** Whether on-site verification found the problem fixed. */
	static final String PROBLEM_FIXED = "problemFixed";

	static final String SATISFACTION = "satisfaction";

	/** Task-local: the task's deadline light. */
	static final String LIGHT = "light";

	/** Task-local: the task's deadline, as text for forms. */
	static final String DEADLINE = "deadline";

	/** Task-local: the step's time limit, e.g. 2个工作日. */
	static final String TIME_LIMIT = "timeLimit";

	private CaseLifecycleProcessVariables() {
	}

}
