package org.gridcase.cases.process;

/**
 * Process id and variable names of {@code processes/JointEnforcementSubprocess.bpmn}, called by
 * the illegal construction and safety hazard processes with the case variables of
 * {@link CaseLifecycleProcessVariables}.
 */
final class JointEnforcementSubprocessVariables {

	static final String PROCESS_ID = "JointEnforcementSubprocess";

	/** The JointEnforcementParticipants decision's single result, until {@link JointEnforcement#propose} reads it. */
	static final String PROPOSAL = "proposal";

	/** The decision's output naming the lead department. */
	static final String PROPOSED_LEAD = "leadDepartment";

	/** The decision's output naming the participating departments. */
	static final String PROPOSED_PARTICIPANTS = "participants";

	/** The lead department's code (ChooseDepartmentsForm); the lead's tasks are routed to it. */
	static final String LEAD_DEPARTMENT = "leadDepartment";

	/** The participating departments' codes, comma-separated (ChooseDepartmentsForm). */
	static final String PARTICIPATING_DEPARTMENTS = "participatingDepartments";

	/** The department of one instance of the multi-instance steps. */
	static final String DEPARTMENT = "department";

	/** Officers a department names for the action (ConfirmParticipationForm). */
	static final String OFFICERS_NAMED = "officersNamed";

	static final String MISSED_CONFIRMATION = "missedConfirmation";

	static final String OFFICERS_BY_DEPARTMENT = "officersByDepartment";

	/** What one department reports (RecordDepartmentResultForm). */
	static final String DEPARTMENT_RESULT = "departmentResult";

	static final String DEPARTMENT_RESULTS = "departmentResults";

	/** Passed back to the caller: the lead's outcome and its summary (CompileOutcomeForm). */
	static final String JOINT_OUTCOME = "jointOutcome";

	static final String OUTCOME_SUMMARY = "outcomeSummary";

	private JointEnforcementSubprocessVariables() {
	}

}
