/**
 * Patrols (一日双巡, 民情日记): grid staff log their patrols of a grid from the phone page —
 * start and end, the points tracked on the way, the reports they filed as findings — and write
 * one diary entry a day. A community station (and the street and district above it) sees the
 * grids whose staff made fewer than two patrols today ({@link org.gridcase.patrol.MissedPatrols}).
 * Who may write and read is the {@link org.gridcase.patrol.PatrolPolicy}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patrols",
		allowedDependencies = { "cases", "grid", "intake", "shared" })
package org.gridcase.patrol;
