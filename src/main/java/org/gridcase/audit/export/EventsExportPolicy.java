package org.gridcase.audit.export;

import java.util.EnumSet;
import java.util.Set;

import org.gridcase.cases.Caller;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;

import org.springframework.stereotype.Component;

/**
 * Who may export the audit events of a period: auditors (who trace cases), the organisation's
 * administrators and the district's supervision center (which evaluates grids, people and
 * departments), each for the places at or below where they hold that role; engine
 * administrators for everything. Events that concern no case (e.g. exports) are only in
 * exports of the whole district.
 */
@Component
class EventsExportPolicy {

	private static final Set<Role> EXPORTERS = EnumSet.of(Role.AUDITOR, Role.ADMIN, Role.DISTRICT_CENTER);

	/** @param placeCode the subtree asked for, or {@code null} for the whole district */
	boolean mayExport(Caller caller, String placeCode) {
		return caller.engineAdministrator()
				|| caller.roles().stream().anyMatch(held -> EXPORTERS.contains(held.role()) && covers(held, placeCode));
	}

	private static boolean covers(RoleAtPlace held, String placeCode) {
		return placeCode == null ? held.placeCode().length() == GridLevel.DISTRICT.codeLength()
				: placeCode.startsWith(held.placeCode());
	}

}
