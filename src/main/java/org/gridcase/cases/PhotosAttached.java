package org.gridcase.cases;

import java.util.List;
import java.util.UUID;

/**
 * Photos were added to a case at a step (with a report of it, or later).
 *
 * @param reportId the report they came with, or {@code null}
 */
public record PhotosAttached(CaseId caseId, UUID reportId, CaseStep step, List<String> attachmentIds) {

	public PhotosAttached {
		attachmentIds = List.copyOf(attachmentIds);
	}

}
