package org.gridcase.intake;

import org.gridcase.shared.UserTexts;

/**
 * Where a report came from, and whether it may come without a reporter.
 */
public enum Channel {

	PATROL(false), HOTLINE_12345(true), MAYOR_HOTLINE(true), WEB(true), MOBILE_APP(true), CAMERA(true), WALK_IN(true),
	DEPARTMENT_REFERRAL(false);

	private final boolean anonymousAllowed;

	Channel(boolean anonymousAllowed) {
		this.anonymousAllowed = anonymousAllowed;
	}

	public String label() {
		return UserTexts.label(this);
	}

	public boolean allowsAnonymous() {
		return this.anonymousAllowed;
	}

}
