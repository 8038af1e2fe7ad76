package org.gridcase.cases.process;

/**
 * Process id and variable names of {@code processes/DisputeMediationProcess.bpmn}. It receives
 * the case variables of {@link CaseLifecycleProcessVariables} under the same names.
 */
final class DisputeMediationProcessVariables {

	static final String PROCESS_ID = "DisputeMediationProcess";

	/** YES or NO: whether the parties reached an agreement (MediateForm, MediateJointlyForm). */
	static final String AGREEMENT = "agreement";

	/** Working days until the follow-up visit checks the agreement (RecordAgreementForm). */
	static final String FOLLOW_UP_DAYS = "followUpDays";

	/** YES or NO: whether the agreement was honoured (CheckAgreementHonouredForm). */
	static final String HONOURED = "honoured";

	private DisputeMediationProcessVariables() {
	}

}
