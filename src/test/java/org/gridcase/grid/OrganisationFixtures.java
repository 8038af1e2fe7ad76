package org.gridcase.grid;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh places and people for tests that change the organisation, so that they neither see
 * nor disturb the demo district the other tests rely on.
 */
public final class OrganisationFixtures {

	private static final AtomicInteger NEXT = new AtomicInteger(500);

	private OrganisationFixtures() {
	}

	/** A code for a new grid in the demo's first community. */
	public static String newGridCode() {
		return DemoDistrict.FIRST_COMMUNITY + "%03d".formatted(NEXT.getAndIncrement());
	}

	public static String newUsername() {
		return "tester" + NEXT.getAndIncrement();
	}

	public static CreateGridCommand grid(String code) {
		return new CreateGridCommand(code, "测试网格" + code.substring(code.length() - 3), DemoDistrict.FIRST_COMMUNITY,
				null, null, null);
	}

	public static SavePersonCommand person(String username) {
		return new SavePersonCommand(username, "测试人员", "13800000000", null);
	}

	public static AssignRoleCommand assign(String username, Role role, String placeCode, LocalDate from) {
		return new AssignRoleCommand(username, role, placeCode, null, from, null);
	}

}
