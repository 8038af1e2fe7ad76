package org.gridcase.cases.process;

/**
 * Process id and variable names of {@code processes/CaseLifecycleProcess.bpmn}.
 */
final class CaseLifecycleProcessVariables {

	static final String PROCESS_ID = "CaseLifecycleProcess";

	static final String CASE_ID = "caseId";

	static final String ISSUE_TYPE = "issueType";

	private CaseLifecycleProcessVariables() {
	}

}
