package org.gridcase.workplace.process;

/**
 * The case variables Tasklist shows and task names are made of: set by the case processes
 * (cases/process/CaseLifecycleProcessVariables), read here only. No variable is added for the
 * workplace.
 */
final class WorkplaceVariables {

	static final String ISSUE_TYPE = "issueType";

	static final String DESCRIPTION = "description";

	static final String ADDRESS = "address";

	/** Task-local, kept current by the light timers: GREEN, YELLOW or RED. */
	static final String LIGHT = "light";

	private WorkplaceVariables() {
	}

}
