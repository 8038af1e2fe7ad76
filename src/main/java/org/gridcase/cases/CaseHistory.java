package org.gridcase.cases;

import java.util.List;

/**
 * Where a case's timeline comes from: the audit trail, which records every event of a case with
 * who and when (implemented by the audit module, which depends on cases, not the other way).
 */
public interface CaseHistory {

	/** The case's events, oldest first, in Chinese for the people reading them. */
	List<TimelineEntry> timelineOf(CaseId id);

}
