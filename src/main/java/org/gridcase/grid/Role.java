package org.gridcase.grid;

import java.util.EnumSet;
import java.util.Set;


import org.gridcase.shared.UserTexts;

import static org.gridcase.grid.GridLevel.BUILDING;
import static org.gridcase.grid.GridLevel.COMMUNITY;
import static org.gridcase.grid.GridLevel.DISTRICT;
import static org.gridcase.grid.GridLevel.GRID;
import static org.gridcase.grid.GridLevel.STREET;

/**
 * Roles people hold at places ("4+2+X" per grid, the centers above them, and the departments'
 * officers sent down into streets and grids). The first level listed is the role's home level.
 */
public enum Role {

	GRID_LEADER(false, GRID),
	GRID_WORKER(false, GRID),
	COMMUNITY_POLICE(false, GRID),
	COMMUNITY_DOCTOR(false, GRID),
	INSPECTOR(false, GRID),
	BUILDING_HEAD(false, BUILDING, GRID),
	VOLUNTEER(false, GRID, BUILDING),
	COMMUNITY_STATION(false, COMMUNITY),
	STREET_CENTER(false, STREET),
	DISTRICT_CENTER(false, DISTRICT),
	DEPARTMENT_OFFICER(true, STREET, COMMUNITY, GRID),
	DEPARTMENT_HEAD(true, DISTRICT),
	MEDIATOR(false, COMMUNITY, STREET),
	AUDITOR(false, DISTRICT, STREET),
	ADMIN(false, DISTRICT);

	private final boolean departmental;

	private final GridLevel homeLevel;

	private final Set<GridLevel> levels;

	Role(boolean departmental, GridLevel homeLevel, GridLevel... otherLevels) {
		this.departmental = departmental;
		this.homeLevel = homeLevel;
		this.levels = EnumSet.of(homeLevel, otherLevels);
	}

	/** Chinese name shown to users. */
	public String label() {
		return UserTexts.label(this);
	}

	/** Whether the role is held for a department (条), not only at a place (块). */
	public boolean isDepartmental() {
		return this.departmental;
	}

	public GridLevel homeLevel() {
		return this.homeLevel;
	}

	public boolean isHeldAt(GridLevel level) {
		return this.levels.contains(level);
	}

	/**
	 * The role that oversees a place of this level (and answers for it when its own role holder
	 * is missing): the grid leader, community station, street center or district center.
	 */
	public static Role supervisorAt(GridLevel level) {
		return switch (level) {
			case BUILDING, GRID -> GRID_LEADER;
			case COMMUNITY -> COMMUNITY_STATION;
			case STREET -> STREET_CENTER;
			case DISTRICT -> DISTRICT_CENTER;
		};
	}

}
