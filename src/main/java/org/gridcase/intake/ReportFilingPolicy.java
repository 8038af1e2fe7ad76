package org.gridcase.intake;

import java.util.EnumSet;
import java.util.Set;

import org.gridcase.cases.Caller;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;

/**
 * Who may file a report for a grid ("may file for the grid"): whoever works on cases (any role
 * but the read-only auditor and the organisation's administrator) at the grid or above it —
 * grid staff, building heads and volunteers for their grid, a station for its community, a
 * street center for its street, the district center anywhere — with two channel rules:
 * <ul>
 * <li>hotline calls ({@link Channel#HOTLINE_12345}, {@link Channel#MAYOR_HOTLINE}) are taken by
 * the district center and the street centers only;</li>
 * <li>department officers and heads file only referrals ({@link Channel#DEPARTMENT_REFERRAL}),
 * in the places they serve.</li>
 * </ul>
 * Engine administrators may file anything anywhere. A client system with an Open311 API key
 * files on its key's channel for the places under its key's place.
 */
final class ReportFilingPolicy {

	private static final Set<Channel> HOTLINES = EnumSet.of(Channel.HOTLINE_12345, Channel.MAYOR_HOTLINE);

	private static final Set<Role> HOTLINE_OPERATORS = EnumSet.of(Role.DISTRICT_CENTER, Role.STREET_CENTER);

	private ReportFilingPolicy() {
	}

	/**
	 * Whether the caller may file on this channel anywhere (else they are refused before the rest
	 * of their input is read); a missing channel is left to validation.
	 */
	static boolean mayFileOn(Caller caller, Channel channel) {
		return caller.engineAdministrator() || caller.caseStaffRoles()
			.stream()
			.anyMatch(held -> channel == null || takesChannel(held, channel));
	}

	static boolean mayFile(Caller caller, String gridCode, Channel channel) {
		return caller.engineAdministrator() || caller.caseStaffRoles()
			.stream()
			.anyMatch(held -> Caller.covers(held, gridCode) && takesChannel(held, channel));
	}

	static boolean mayFile(Open311Client client, String gridCode, Channel channel) {
		return client.channel() == channel && gridCode.startsWith(client.placeCode());
	}

	private static boolean takesChannel(RoleAtPlace held, Channel channel) {
		if (HOTLINES.contains(channel)) {
			return HOTLINE_OPERATORS.contains(held.role());
		}
		return !held.role().isDepartmental() || channel == Channel.DEPARTMENT_REFERRAL;
	}

}
