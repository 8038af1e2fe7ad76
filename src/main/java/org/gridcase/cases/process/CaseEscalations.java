package org.gridcase.cases.process;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gridcase.cases.CaseProgress;
import org.gridcase.cases.EscalationCause;
import org.gridcase.cases.HandlingLevel;
import org.gridcase.grid.Holder;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Staffing;

import org.springframework.stereotype.Component;

import static org.gridcase.cases.process.CaseLifecycleProcessVariables.RESPONSIBLE_GROUP;

/**
 * Records a climb up the ladder on the case, as a take listener on the flows that climb:
 * {@code ${caseEscalations.climb(execution, 'COMMUNITY', 'TIMEOUT')}}. The group that held the
 * task it climbs from, with its holders, is recorded as passed over.
 */
@Component("caseEscalations")
public class CaseEscalations {

	private final CaseProgress progress;

	private final Staffing staffing;

	CaseEscalations(CaseProgress progress, Staffing staffing) {
		this.progress = progress;
		this.staffing = staffing;
	}

	public void climb(DelegateExecution execution, String toLevel, String cause) {
		String group = (String) execution.getVariable(RESPONSIBLE_GROUP);
		String skipped = group == null ? "" : group + RoleAtPlace.parse(group)
			.map(roleAtPlace -> this.staffing.holders(roleAtPlace)
				.stream()
				.map(Holder::username)
				.collect(Collectors.joining(",", " (", ")")))
			.orElse("");
		this.progress.escalate(CaseSteps.caseId(execution), HandlingLevel.valueOf(toLevel), EscalationCause.valueOf(cause),
				skipped);
	}

}
