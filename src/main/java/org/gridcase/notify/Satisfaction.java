package org.gridcase.notify;

import org.gridcase.shared.UserTexts;

/**
 * A reporter's answer to the satisfaction visit; the values are the evaluation form's.
 */
public enum Satisfaction {

	VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED;

	public String label() {
		return UserTexts.label(this);
	}

}
