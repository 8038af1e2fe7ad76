package org.gridcase.patrol;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridcase.cases.Caller;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.GridView;
import org.gridcase.grid.Holder;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Staffing;
import org.gridcase.shared.District;
import org.gridcase.shared.UserTexts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一日双巡: every grid is patrolled twice a day. For a place (a community for its station, a
 * street, the district), the grids below it whose staff finished fewer than
 * {@value #REQUIRED_PER_DAY} patrols today (China Standard Time), with their grid workers.
 */
@Service
@Transactional(readOnly = true)
public class MissedPatrols {

	static final int REQUIRED_PER_DAY = 2;

	private static final int PAGE = 1000;

	private final PatrolRepository patrols;

	private final GridDirectory grids;

	private final Staffing staffing;

	private final Clock clock;

	MissedPatrols(PatrolRepository patrols, GridDirectory grids, Staffing staffing, Clock clock) {
		this.patrols = patrols;
		this.grids = grids;
		this.staffing = staffing;
		this.clock = clock;
	}

	MissedPatrolsView of(String placeCode, Caller caller) {
		GridView place = this.grids.get(placeCode);
		if (!PatrolPolicy.mayWatch(caller, place.code())) {
			throw new AccessDeniedException(UserTexts.get("patrol.missed-not-allowed", place.name()));
		}
		LocalDate today = LocalDate.now(this.clock.withZone(District.ZONE));
		Instant from = today.atStartOfDay(District.ZONE).toInstant();
		Instant to = today.plusDays(1).atStartOfDay(District.ZONE).toInstant();
		Map<String, Long> finished = new HashMap<>();
		for (Object[] row : this.patrols.countFinishedByGrid(place.code(), from, to)) {
			finished.put((String) row[0], (Long) row[1]);
		}
		List<GridView> gridsBelow = gridsOf(place);
		List<MissedPatrolsView.Grid> missed = new ArrayList<>();
		for (GridView grid : gridsBelow) {
			long count = finished.getOrDefault(grid.code(), 0L);
			if (count < REQUIRED_PER_DAY) {
				missed.add(new MissedPatrolsView.Grid(grid.code(), grid.name(), count,
						this.staffing.holders(RoleAtPlace.of(Role.GRID_WORKER, grid.code())).stream().map(Holder::name).toList()));
			}
		}
		return new MissedPatrolsView(place.code(), place.name(), today, REQUIRED_PER_DAY, gridsBelow.size(), missed);
	}

	private List<GridView> gridsOf(GridView place) {
		if (place.level() == GridLevel.GRID) {
			return List.of(place);
		}
		List<GridView> found = new ArrayList<>();
		for (int offset = 0;; offset += PAGE) {
			List<GridView> page = this.grids.subtree(place.code(), offset, PAGE);
			page.stream().filter(grid -> grid.level() == GridLevel.GRID).forEach(found::add);
			if (page.size() < PAGE) {
				return found;
			}
		}
	}

}
