package org.gridcase.cases.process;

/**
 * Process id and variable names of {@code processes/SafetyHazardProcess.bpmn}. It receives the
 * case variables of {@link CaseLifecycleProcessVariables} under the same names and gets
 * {@link JointEnforcementSubprocessVariables#JOINT_OUTCOME} and
 * {@link JointEnforcementSubprocessVariables#OUTCOME_SUMMARY} back from joint enforcement.
 */
final class SafetyHazardProcessVariables {

	static final String PROCESS_ID = "SafetyHazardProcess";

	/** GENERAL or MAJOR, from the HazardGrading decision. */
	static final String HAZARD_GRADE = "hazardGrade";

	/** Working days the owner has to rectify (IssueRectificationNoticeForm). */
	static final String RECTIFICATION_DAYS = "rectificationDays";

	/** YES or NO: whether the re-inspection found it rectified (ReInspectForm). */
	static final String RECTIFIED = "rectified";

	/** PENALTY or JOINT_ENFORCEMENT: what follows an unrectified hazard (ReInspectForm). */
	static final String FOLLOW_UP = "followUp";

	private SafetyHazardProcessVariables() {
	}

}
