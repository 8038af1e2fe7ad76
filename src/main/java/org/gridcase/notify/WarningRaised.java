package org.gridcase.notify;

/**
 * A warning was raised for a place (e.g. the four-level warning, 四级预警, in a conflict-prone
 * period). Published by whatever raises warnings, in its transaction; the staff serving the place
 who hold one of the roles named at the place are told.
 *
 * @param placeCode the grid code of the place the warning covers
 * @param level the warning level as people read it, e.g. 橙色
 * @param urgent whether it breaks through quiet hours
 * @param roles the roles at the place to tell, e.g. GRID_LEADER or STREET_CENTER
 */
public record WarningRaised(String warningId, String placeCode, String level, String title, String text, boolean urgent,
		java.util.List<String> roles) {
}
