package org.gridcase.cases.process;

/**
 * Process id and variable names of {@code processes/AccountabilityReviewProcess.bpmn}.
 */
final class AccountabilityReviewProcessVariables {

	static final String PROCESS_ID = "AccountabilityReviewProcess";

	/** The message that starts a review: its start event {@code Event_CaseTurnedRed}. */
	static final String CASE_TURNED_RED = "CaseTurnedRed";

	/** The grid side (块): grid staff and leaders responsible for the case's grid. */
	static final String GRID_SIDE = "gridSide";

	/** The department side (条): department and officer the case was dispatched to. */
	static final String DEPARTMENT_SIDE = "departmentSide";

	/** The group responsible when the case turned red. */
	static final String LATE_GROUP = "lateGroup";

	private AccountabilityReviewProcessVariables() {
	}

}
