package org.gridcase.cases.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.gridcase.cases.CaseOpened;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import static org.gridcase.cases.process.CaseLifecycleProcessVariables.ADDRESS;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.CASE_ID;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.DESCRIPTION;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.SEVERITY;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.GRID_CODE;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.ISSUE_TYPE;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.PROCESS_ID;

/**
 * Starts the case's lifecycle process inside the transaction that opened the case, with the
 * case's tracking number as business key (call activities pass it on to the processes they start).
 */
@Component
class StartCaseLifecycleOnCaseOpened {

	private final RuntimeService runtimeService;

	StartCaseLifecycleOnCaseOpened(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@EventListener
	void on(CaseOpened event) {
		String caseId = event.caseId().toString();
		Map<String, Object> variables = new HashMap<>();
		variables.put(CASE_ID, caseId);
		variables.put(ISSUE_TYPE, event.issueType());
		variables.put(SEVERITY, event.severity().name());
		variables.put(GRID_CODE, event.gridCode());
		variables.put(DESCRIPTION, event.description());
		variables.put(ADDRESS, event.address());
		this.runtimeService.startProcessInstanceByKey(PROCESS_ID, event.trackingNumber(), variables);
	}

}
