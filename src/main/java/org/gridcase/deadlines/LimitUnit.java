package org.gridcase.deadlines;

import org.gridcase.shared.UserTexts;

/**
 * Units of time limits, as in the digital-urban-management standards.
 */
public enum LimitUnit {

	/** Counted continuously, day and night (紧急小时). */
	EMERGENCY_HOURS,

	/** Counted in office hours of working days (工作时). */
	WORKING_HOURS,

	/** Counted in working days, ending at the same time of day (工作日). */
	WORKING_DAYS;

	public String label() {
		return UserTexts.label(this);
	}

}
