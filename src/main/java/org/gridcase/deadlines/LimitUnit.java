package org.gridcase.deadlines;

/**
 * Units of time limits, as in the digital-urban-management standards.
 */
public enum LimitUnit {

	/** Counted continuously, day and night (紧急小时). */
	EMERGENCY_HOURS("小时"),

	/** Counted in office hours of working days (工作时). */
	WORKING_HOURS("工作小时"),

	/** Counted in working days, ending at the same time of day (工作日). */
	WORKING_DAYS("个工作日");

	private final String label;

	LimitUnit(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
