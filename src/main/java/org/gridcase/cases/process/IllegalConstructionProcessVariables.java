package org.gridcase.cases.process;

/**
 * Process id and variable names of {@code processes/IllegalConstructionProcess.bpmn}. It
 * receives the case variables of {@link CaseLifecycleProcessVariables} under the same names and
 * gets {@link JointEnforcementSubprocessVariables#JOINT_OUTCOME} and
 * {@link JointEnforcementSubprocessVariables#OUTCOME_SUMMARY} back from the joint demolition.
 */
final class IllegalConstructionProcessVariables {

	static final String PROCESS_ID = "IllegalConstructionProcess";

	/** YES or NO: whether the on-site check found the construction illegal (VerifyConstructionForm). */
	static final String ILLEGAL = "illegal";

	/** Working days the builder has to correct it (IssueStopWorkNoticeForm). */
	static final String SELF_CORRECTION_DAYS = "selfCorrectionDays";

	/** YES or NO: whether the builder complied (CheckComplianceForm). */
	static final String COMPLIED = "complied";

	private IllegalConstructionProcessVariables() {
	}

}
