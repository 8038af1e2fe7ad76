package org.gridcase.notify;

/**
 * Where a reporter's own answer to the satisfaction visit lands: the case's evaluation step
 * (回访评价), which then shows it to whoever completes the step.
 */
public interface CitizenEvaluation {

	/** Whether the case (by its process business key) is at its evaluation step now. */
	boolean isAwaitingEvaluation(String businessKey);

	/** Fills the evaluation step with the reporter's satisfaction and note. */
	void record(String businessKey, Satisfaction satisfaction, String note);

}
