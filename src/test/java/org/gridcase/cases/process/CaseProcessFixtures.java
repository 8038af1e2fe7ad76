package org.gridcase.cases.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;

/**
 * Starts an issue type's process for a freshly opened case in the demo's first grid, with the
 * variables and the business key the lifecycle's call activity passes in.
 */
final class CaseProcessFixtures {

	private CaseProcessFixtures() {
	}

	static CaseId openCase(CaseManagement cases, String issueType, String description) {
		return cases.openCase(new OpenCaseCommand(issueType, null, DemoDistrict.FIRST_GRID, description));
	}

	static ProcessInstance startFor(RuntimeService runtime, String processKey, CaseId caseId, String issueType,
			Map<String, Object> extra) {
		Map<String, Object> variables = new HashMap<>(extra);
		variables.put("caseId", caseId.toString());
		variables.put("issueType", issueType);
		variables.putIfAbsent("severity", "GENERAL");
		variables.put("gridCode", DemoDistrict.FIRST_GRID);
		variables.put("description", "测试案件");
		return runtime.startProcessInstanceByKey(processKey, businessKeyOf(runtime, caseId), variables);
	}

	/** The business key of the case's instances (its tracking number), read from its lifecycle instance. */
	static String businessKeyOf(RuntimeService runtime, CaseId caseId) {
		return lifecycleOf(runtime, caseId).getBusinessKey();
	}

	/** The case's lifecycle instance. */
	static ProcessInstance lifecycleOf(RuntimeService runtime, CaseId caseId) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey(CaseLifecycleProcessVariables.PROCESS_ID)
			.variableValueEquals(CaseLifecycleProcessVariables.CASE_ID, caseId.toString())
			.singleResult();
	}

}
