package org.gridcase.cases;

import java.time.Instant;

import org.gridcase.deadlines.Light;

/**
 * A case as the API shows it.
 */
public record CaseSummary(String id, String issueType, Severity severity, String gridCode, String description,
		CaseStep step, HandlingLevel level, Light light, String responsibleGroup, Instant stepDueAt, Instant caseDueAt,
		int reworkCount, Instant openedAt, Instant closedAt) {

	static CaseSummary of(CaseRecord record) {
		return new CaseSummary(record.getId().toString(), record.getIssueType(), record.getSeverity(),
				record.getGridCode(), record.getDescription(), record.getStep(), record.getLevel(), record.getLight(),
				record.getResponsibleGroup(), record.getStepDueAt(), record.getCaseDueAt(), record.getReworkCount(),
				record.getOpenedAt(), record.getClosedAt());
	}

}
