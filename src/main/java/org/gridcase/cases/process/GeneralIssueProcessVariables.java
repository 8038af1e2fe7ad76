package org.gridcase.cases.process;

/**
 * Process id and variable names of {@code processes/GeneralIssueProcess.bpmn}, the escalation
 * ladder (grid → community → street → district → department). It receives the case variables of
 * {@link CaseLifecycleProcessVariables} under the same names.
 */
final class GeneralIssueProcessVariables {

	static final String PROCESS_ID = "GeneralIssueProcess";

	/** YES or NO: whether the level that handled the task solved the problem (HandleAtLevelForm). */
	static final String SOLVED_HERE = "solvedHere";

	/** The department the district center dispatches to (DispatchToDepartmentForm), a department code. */
	static final String DEPARTMENT = "department";

	private GeneralIssueProcessVariables() {
	}

}
