package org.gridcase.deadlines;

/**
 * The time limit of a step of a case, as the district's administrators set it in the DMN table
 * {@code processes/CaseTimeLimits.dmn} (issue type, severity, step → amount and unit).
 */
public interface TimeLimits {

	/** Step code for the whole case, from report to evaluation. */
	String WHOLE_CASE = "CASE";

	TimeLimit limitFor(String issueType, String severity, String step);

}
