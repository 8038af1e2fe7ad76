package org.gridcase.cases;

import java.time.Instant;

import org.gridcase.deadlines.Light;

/**
 * A case as the API shows it.
 */
public record CaseSummary(String id, String issueType, Severity severity, String gridCode, String description,
		CaseStep step, HandlingLevel level, Light light, String responsibleGroup, Instant stepDueAt, Instant caseDueAt,
		int reworkCount, Instant openedAt, Instant closedAt) {

	static CaseSummary of(CaseView view) {
		return new CaseSummary(view.id().toString(), view.issueType(), view.severity(), view.gridCode(),
				view.description(), view.step(), view.level(), view.light(), view.responsibleGroup(), view.stepDueAt(),
				view.caseDueAt(), view.reworkCount(), view.openedAt(), view.closedAt());
	}

}
