package org.gridcase.deadlines;

/**
 * The time limit of a step of a case, as the district's administrators set it in the DMN table
 * {@code processes/CaseTimeLimits.dmn} (issue type, severity, step, warning level → amount and unit).
 */
public interface TimeLimits {

	/** Step code for the whole case, from report to evaluation. */
	String WHOLE_CASE = "CASE";

	/** The limit without regard to any warning (as for a grid under none). */
	default TimeLimit limitFor(String issueType, String severity, String step) {
		return limitFor(issueType, severity, step, null);
	}

	/**
	 * The limit of a step of a case in a grid: shorter while a four-level warning is in force for
	 * the grid ({@link WarningLevels}).
	 * @param gridCode the case's grid, or {@code null} for none
	 */
	TimeLimit limitFor(String issueType, String severity, String step, String gridCode);

}
