package org.gridcase.cases.process;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseRecord;
import org.gridcase.cases.CaseTurnedRed;
import org.gridcase.cases.HandlingLevel;
import org.gridcase.grid.Holder;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Staffing;

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
 * Starts the accountability review (责任倒查) of a case the first time it turns red, naming
 * both sides (双向追责): the grid's leader and staff, and the department the case was with.
 */
@Component
class StartAccountabilityReviewOnCaseTurnedRed {

	private final RuntimeService runtimeService;

	private final CaseManagement cases;

	private final Staffing staffing;

	StartAccountabilityReviewOnCaseTurnedRed(RuntimeService runtimeService, CaseManagement cases, Staffing staffing) {
		this.runtimeService = runtimeService;
		this.cases = cases;
		this.staffing = staffing;
	}

	@EventListener
	void on(CaseTurnedRed event) {
		CaseRecord record = this.cases.findCase(event.caseId()).orElseThrow();
		Map<String, Object> variables = new HashMap<>();
		variables.put(CASE_ID, record.getId().toString());
		variables.put(ISSUE_TYPE, record.getIssueType());
		variables.put(SEVERITY, record.getSeverity().name());
		variables.put(GRID_CODE, record.getGridCode());
		variables.put(DESCRIPTION, record.getDescription());
		variables.put(LATE_GROUP, record.getResponsibleGroup());
		variables.put(GRID_SIDE, gridSide(record));
		variables.put(DEPARTMENT_SIDE, departmentSide(record));
		this.runtimeService.startProcessInstanceByKey(AccountabilityReviewProcessVariables.PROCESS_ID,
				record.getId().toString(), variables);
	}

	private String gridSide(CaseRecord record) {
		return "网格长: " + names(RoleAtPlace.of(Role.GRID_LEADER, record.getGridCode())) + "; 网格员: "
				+ names(RoleAtPlace.of(Role.GRID_WORKER, record.getGridCode()));
	}

	private String departmentSide(CaseRecord record) {
		if (record.getLevel() != HandlingLevel.DEPARTMENT) {
			return "未派遣职能部门";
		}
		String group = record.getResponsibleGroup();
		return RoleAtPlace.parse(group)
			.filter(roleAtPlace -> roleAtPlace.departmentCode() != null)
			.map(roleAtPlace -> roleAtPlace.departmentCode() + ": " + names(roleAtPlace))
			.orElse(group == null ? "未派遣职能部门" : group);
	}

	private String names(RoleAtPlace roleAtPlace) {
		String names = this.staffing.holders(roleAtPlace).stream().map(Holder::name).collect(Collectors.joining("、"));
		return names.isEmpty() ? "空缺" : names;
	}

}
