package org.gridcase.intake;

import org.gridcase.cases.CaseAccessPolicy;
import org.gridcase.cases.CaseView;
import org.gridcase.cases.Caller;

/**
 * Who may decide that a report linked to a case as a duplicate is a problem of its own: the
 * dispatchers (community station, street center, district center) at the case's grid or above
 * it, and engine administrators.
 */
final class DuplicateUnlinkPolicy {

	private DuplicateUnlinkPolicy() {
	}

	static boolean mayUnlink(Caller caller, CaseView linkedCase) {
		return caller.engineAdministrator()
				|| caller.roles().stream().anyMatch(held -> CaseAccessPolicy.dispatchesFor(held, linkedCase.gridCode()));
	}

}
