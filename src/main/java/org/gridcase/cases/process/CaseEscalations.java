package org.gridcase.cases.process;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseProgress;
import org.gridcase.cases.CaseView;
import org.gridcase.cases.EscalationCause;
import org.gridcase.cases.HandlingLevel;
import org.gridcase.grid.Holder;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Staffing;

import org.springframework.stereotype.Component;

/**
 * Records a climb up the ladder on the case, as a take listener on the flows that climb:
 * {@code ${caseEscalations.climb(execution, 'COMMUNITY', 'TIMEOUT')}}. The group that held the
 * task it climbs from, with its holders, is recorded as passed over: the case record's
 * responsible group, which that task's creation set ({@link CaseDeadlines#track}; no process
 * variable copies it, issue 13).
 */
@Component("caseEscalations")
public class CaseEscalations {

	private final CaseProgress progress;

	private final CaseManagement cases;

	private final Staffing staffing;

	CaseEscalations(CaseProgress progress, CaseManagement cases, Staffing staffing) {
		this.progress = progress;
		this.cases = cases;
		this.staffing = staffing;
	}

	public void climb(DelegateExecution execution, String toLevel, String cause) {
		CaseId caseId = CaseSteps.caseId(execution);
		String group = this.cases.findCase(caseId).map(CaseView::responsibleGroup).orElse(null);
		String skipped = group == null ? "" : group + RoleAtPlace.parse(group)
			.map(roleAtPlace -> this.staffing.holders(roleAtPlace)
				.stream()
				.map(Holder::username)
				.collect(Collectors.joining(",", " (", ")")))
			.orElse("");
		this.progress.escalate(caseId, HandlingLevel.valueOf(toLevel), EscalationCause.valueOf(cause),
				skipped);
	}

}
