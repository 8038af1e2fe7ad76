package org.gridcase.deadlines;

import org.gridcase.shared.UserTexts;

/**
 * Deadline light of a task or a case.
 */
public enum Light {

	GREEN, YELLOW, RED;

	/** Share of the limit after which the light turns yellow. */
	public static final double YELLOW_AT = 0.8;

	public String label() {
		return UserTexts.label(this);
	}

	public Light worse(Light other) {
		return other != null && other.ordinal() > ordinal() ? other : this;
	}

}
