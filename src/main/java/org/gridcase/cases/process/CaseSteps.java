package org.gridcase.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseProgress;
import org.gridcase.cases.CaseStep;
import org.gridcase.shared.UserTexts;

import org.springframework.stereotype.Component;

import static org.gridcase.cases.process.CaseLifecycleProcessVariables.CASE_ID;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.REJECTION_REASON;
import static org.gridcase.cases.process.CaseLifecycleProcessVariables.SATISFACTION;

/**
 * Execution listeners that move the case record along with the lifecycle process, e.g.
 * {@code ${caseSteps.enter(execution, 'REGISTER')}}. Public: the expression language calls it.
 */
@Component("caseSteps")
public class CaseSteps {

	private final CaseProgress progress;

	CaseSteps(CaseProgress progress) {
		this.progress = progress;
	}

	public void enter(DelegateExecution execution, String step) {
		this.progress.enterStep(caseId(execution), CaseStep.valueOf(step));
	}

	public void countRework(DelegateExecution execution) {
		this.progress.countRework(caseId(execution));
	}

	public void reject(DelegateExecution execution) {
		String reason = (String) execution.getVariable(REJECTION_REASON);
		if (reason == null || reason.isBlank()) {
			throw new FormFieldValidationException(REJECTION_REASON, UserTexts.get("register.rejection-reason-required"));
		}
		this.progress.reject(caseId(execution), reason);
	}

	public void close(DelegateExecution execution) {
		this.progress.close(caseId(execution), (String) execution.getVariable(SATISFACTION));
	}

	static CaseId caseId(org.camunda.bpm.engine.delegate.VariableScope scope) {
		return new CaseId(java.util.UUID.fromString((String) scope.getVariable(CASE_ID)));
	}

}
