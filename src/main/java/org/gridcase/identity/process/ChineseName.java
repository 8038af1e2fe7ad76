package org.gridcase.identity.process;

/**
 * A Chinese full name as identity stores want it: the surname (its first character) and the
 * given name (the rest); a one-character name is a given name only.
 */
record ChineseName(String surname, String givenName) {

	static ChineseName of(String fullName) {
		if (fullName == null || fullName.codePointCount(0, fullName.length()) < 2) {
			return new ChineseName(null, fullName);
		}
		int split = fullName.offsetByCodePoints(0, 1);
		return new ChineseName(fullName.substring(0, split), fullName.substring(split));
	}

}
