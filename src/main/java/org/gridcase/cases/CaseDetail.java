package org.gridcase.cases;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A case with its history: how many reports it gathered, the departments it was sent to and
 * its timeline.
 */
public record CaseDetail(@JsonUnwrapped CaseSummary summary, int reportCount, List<String> dispatchedDepartments,
		List<TimelineEntry> timeline) {
}
