package org.gridcase.cases.process;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.gridcase.cases.AccountabilityPolicy;
import org.gridcase.cases.AccountabilityReviewStarted;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseTurnedRed;
import org.gridcase.cases.CaseView;
import org.gridcase.grid.Holder;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Staffing;
import org.gridcase.shared.UserTexts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import static org.gridcase.cases.process.AccountabilityReviewProcessVariables.DEPARTMENT_SIDE;
import static org.gridcase.cases.process.AccountabilityReviewProcessVariables.GRID_SIDE;
import static org.gridcase.cases.process.AccountabilityReviewProcessVariables.LATE_GROUP;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.CASE_ID;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.DESCRIPTION;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.GRID_CODE;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.ISSUE_TYPE;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.SEVERITY;

/**
 * Starts the accountability review (责任倒查) of a case the first time it turns red, by the
 * message its diagram starts with ({@code CaseTurnedRed}), naming
 * both sides (双向追责) as the {@link AccountabilityPolicy} says, with the people holding them,
 * under the case's business key (its tracking number), and publishes
 * {@link AccountabilityReviewStarted}.
 */
@Component
class StartAccountabilityReviewOnCaseTurnedRed {

	private final RuntimeService runtimeService;

	private final CaseManagement cases;

	private final Staffing staffing;

	private final ApplicationEventPublisher events;

	StartAccountabilityReviewOnCaseTurnedRed(RuntimeService runtimeService, CaseManagement cases, Staffing staffing,
			ApplicationEventPublisher events) {
		this.runtimeService = runtimeService;
		this.events = events;
		this.cases = cases;
		this.staffing = staffing;
	}

	@EventListener
	void on(CaseTurnedRed event) {
		CaseView view = this.cases.findCase(event.caseId()).orElseThrow();
		Map<String, Object> variables = new HashMap<>();
		variables.put(CASE_ID, view.id().toString());
		variables.put(ISSUE_TYPE, view.issueType());
		variables.put(SEVERITY, view.severity().name());
		variables.put(GRID_CODE, view.gridCode());
		variables.put(DESCRIPTION, view.description());
		variables.put(LATE_GROUP, view.responsibleGroup());
		variables.put(GRID_SIDE, AccountabilityPolicy.gridSide(view)
			.stream()
			.map(side -> side.role().label() + ": " + names(side))
			.collect(Collectors.joining("; ")));
		variables.put(DEPARTMENT_SIDE, AccountabilityPolicy.departmentSide(view)
			.map(side -> side.departmentCode() + ": " + names(side))
			.orElse(UserTexts.get("accountability.no-department")));
		this.runtimeService.createMessageCorrelation(AccountabilityReviewProcessVariables.CASE_TURNED_RED)
			.processInstanceBusinessKey(view.processBusinessKey())
			.setVariables(variables)
			.correlateStartMessage();
		this.events.publishEvent(new AccountabilityReviewStarted(view.id(), view.responsibleGroup(),
				(String) variables.get(GRID_SIDE), (String) variables.get(DEPARTMENT_SIDE)));
	}

	private String names(RoleAtPlace roleAtPlace) {
		String names = this.staffing.holders(roleAtPlace).stream().map(Holder::name).collect(Collectors.joining(UserTexts.get("list.separator")));
		return names.isEmpty() ? UserTexts.get("accountability.vacant") : names;
	}

}
