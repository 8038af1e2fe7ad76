package org.gridcase.grid;

import java.util.EnumSet;
import java.util.Set;

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

	GRID_LEADER("网格长", false, GRID),
	GRID_WORKER("网格员", false, GRID),
	COMMUNITY_POLICE("片警", false, GRID),
	COMMUNITY_DOCTOR("片医", false, GRID),
	INSPECTOR("督查员", false, GRID),
	BUILDING_HEAD("楼院长", false, BUILDING, GRID),
	VOLUNTEER("志愿者", false, GRID, BUILDING),
	COMMUNITY_STATION("社区工作站", false, COMMUNITY),
	STREET_CENTER("街道网格服务中心", false, STREET),
	DISTRICT_CENTER("区网格监管中心", false, DISTRICT),
	DEPARTMENT_OFFICER("部门下沉人员", true, STREET, COMMUNITY, GRID),
	DEPARTMENT_HEAD("部门负责人", true, DISTRICT),
	MEDIATOR("人民调解员", false, COMMUNITY, STREET),
	AUDITOR("审计员", false, DISTRICT, STREET),
	ADMIN("系统管理员", false, DISTRICT);

	private final String label;

	private final boolean departmental;

	private final GridLevel homeLevel;

	private final Set<GridLevel> levels;

	Role(String label, boolean departmental, GridLevel homeLevel, GridLevel... otherLevels) {
		this.label = label;
		this.departmental = departmental;
		this.homeLevel = homeLevel;
		this.levels = EnumSet.of(homeLevel, otherLevels);
	}

	/** Chinese name shown to users. */
	public String label() {
		return this.label;
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
