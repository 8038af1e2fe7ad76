package org.gridcase.supervision;

import java.util.HashMap;
import java.util.Map;

/** The counts behind one group's {@link Figures}, filled query by query. */
final class Tally {

	long reports;

	long opened;

	long registered;

	long registeredClosedByEnd;

	long rejected;

	long closed;

	long closedOnTime;

	long reworked;

	long solvedInGrid;

	long jointEnforcements;

	long answered;

	long satisfied;

	Double avgHandlingMinutes;

	Double p90HandlingMinutes;

	long overdue;

	long accountabilityReviews;

	long findings;

	final Map<String, Long> escalations = new HashMap<>();

}
