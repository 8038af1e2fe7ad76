package org.gridcase.intake;

import java.time.Instant;
import java.util.List;

/**
 * What anyone holding a tracking number may learn: the problem's category, the step in plain
 * Chinese and dated public notes. Nothing personal: no reporter, no staff, and for anonymous
 * reports no address.
 */
record PublicCaseStatus(String trackingNumber, String category, String subcategory, String status, String step,
		String address, Instant submittedAt, Instant closedAt, List<Note> notes) {

	record Note(Instant at, String text) {
	}

}
