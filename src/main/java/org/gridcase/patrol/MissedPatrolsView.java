package org.gridcase.patrol;

import java.time.LocalDate;
import java.util.List;

/**
 * The grids of a place short of their patrols today.
 *
 * @param gridCount how many grids the place has
 * @param grids those with fewer than {@code required} finished patrols, in code order
 */
record MissedPatrolsView(String placeCode, String placeName, LocalDate day, int required, int gridCount,
		List<Grid> grids) {

	/** A grid short of patrols: how many were finished, and who its grid workers are. */
	record Grid(String code, String name, long patrols, List<String> gridWorkers) {
	}

}
