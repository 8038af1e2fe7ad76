package org.gridcase.cases.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.gridcase.cases.JointEnforcementChoicePolicy;
import org.gridcase.shared.UserTexts;

import org.springframework.stereotype.Component;

/**
 * The joint enforcement subprocess's decisions about departments: the proposal of the
 * {@code JointEnforcementParticipants} decision, the dispatcher's choice (checked by the
 * {@link JointEnforcementChoicePolicy}), and what each department reports. Public: the expression language calls
 * it.
 */
@Component("jointEnforcement")
public class JointEnforcement {

	static final String LEAD = JointEnforcementSubprocessVariables.LEAD_DEPARTMENT;

	static final String CHOSEN = JointEnforcementSubprocessVariables.PARTICIPATING_DEPARTMENTS;

	/** Turns the decision's proposal into the choice the dispatcher starts from. */
	public void propose(DelegateExecution execution) {
		@SuppressWarnings("unchecked")
		Map<String, Object> proposal = (Map<String, Object>) execution.getVariable(JointEnforcementSubprocessVariables.PROPOSAL);
		execution.setVariable(LEAD, proposal.get(JointEnforcementSubprocessVariables.PROPOSED_LEAD));
		execution.setVariable(CHOSEN, proposal.get(JointEnforcementSubprocessVariables.PROPOSED_PARTICIPANTS));
		execution.removeVariable(JointEnforcementSubprocessVariables.PROPOSAL);
	}

	/** Completing the choice: refused as the {@link JointEnforcementChoicePolicy} says. */
	public void checkChoice(DelegateTask task) {
		List<String> departments = departments(task.getVariable(CHOSEN));
		Object lead = task.getVariable(LEAD);
		JointEnforcementChoicePolicy.check(departments, lead == null ? null : lead.toString()).ifPresent(refusal -> {
			String field = refusal.part() == JointEnforcementChoicePolicy.Part.LEAD ? LEAD : CHOSEN;
			throw new FormFieldValidationException(field, refusal.message() + " (" + field + ")");
		});
		task.setVariable(CHOSEN, String.join(",", departments));
	}

	/** The chosen departments, for the multi-instance activities. */
	public List<String> departments(DelegateExecution execution) {
		return departments(execution.getVariable(CHOSEN));
	}

	/** A department missed its limit to confirm: its head confirms instead. */
	public void recordMissed(DelegateExecution execution) {
		append(execution, JointEnforcementSubprocessVariables.MISSED_CONFIRMATION, String.valueOf(execution.getVariable(JointEnforcementSubprocessVariables.DEPARTMENT)));
	}

	public void recordOfficers(DelegateExecution execution) {
		append(execution, JointEnforcementSubprocessVariables.OFFICERS_BY_DEPARTMENT,
				execution.getVariable(JointEnforcementSubprocessVariables.DEPARTMENT) + ": "
						+ execution.getVariable(JointEnforcementSubprocessVariables.OFFICERS_NAMED));
	}

	public void recordResult(DelegateTask task) {
		append(task.getExecution(), JointEnforcementSubprocessVariables.DEPARTMENT_RESULTS,
				task.getVariable(JointEnforcementSubprocessVariables.DEPARTMENT) + ": "
						+ task.getVariable(JointEnforcementSubprocessVariables.DEPARTMENT_RESULT));
	}

	private static void append(DelegateExecution execution, String variable, String line) {
		DelegateExecution instance = execution.getProcessInstance();
		Object previous = instance.getVariable(variable);
		instance.setVariable(variable, previous == null ? line : previous + "\n" + line);
	}

	private static List<String> departments(Object chosen) {
		try {
			return MultipleChoice.values(chosen);
		}
		catch (IllegalArgumentException ex) {
			throw new FormFieldValidationException(CHOSEN, UserTexts.get("joint-enforcement.departments-malformed"));
		}
	}

}
