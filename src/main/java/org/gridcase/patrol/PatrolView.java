package org.gridcase.patrol;

import java.time.Instant;
import java.util.List;

/**
 * A patrol as the phone page shows it: its track as [lon, lat] pairs and the tracking numbers
 * of its findings.
 */
record PatrolView(long id, String username, String gridCode, Instant startedAt, Instant endedAt, int pointCount,
		List<double[]> track, List<String> findings) {

	static PatrolView of(Patrol patrol) {
		return new PatrolView(patrol.getId(), patrol.getUsername(), patrol.getGridCode(), patrol.getStartedAt(),
				patrol.getEndedAt(), patrol.getPoints().size(),
				patrol.getPoints().stream().map(point -> new double[] { point.lon(), point.lat() }).toList(),
				patrol.getFindings().stream().map(Finding::trackingNumber).toList());
	}

}
