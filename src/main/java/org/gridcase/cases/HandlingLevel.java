package org.gridcase.cases;

import org.gridcase.shared.UserTexts;

/**
 * Where a case is being handled: the escalation ladder from the grid up to the district's
 * dispatch to departments.
 */
public enum HandlingLevel {

	GRID, COMMUNITY, STREET, DISTRICT, DEPARTMENT;

	public String label() {
		return UserTexts.label(this);
	}

}
