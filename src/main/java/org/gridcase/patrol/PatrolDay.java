package org.gridcase.patrol;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's day on the patrol log: the grid they patrol, the patrol under way (if any), the
 * patrols started that day and the day's diary entry (if written).
 */
record PatrolDay(LocalDate day, String homeGrid, PatrolView underWay, List<PatrolView> patrols, DiaryView diary) {
}
