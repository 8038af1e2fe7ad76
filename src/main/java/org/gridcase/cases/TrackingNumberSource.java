package org.gridcase.cases;

import java.time.Instant;

/**
 * Draws a free public tracking number (intake owns their format and checks both reports and
 * cases), for a case a dispatcher opens without a report.
 */
public interface TrackingNumberSource {

	String next(Instant now);

}
