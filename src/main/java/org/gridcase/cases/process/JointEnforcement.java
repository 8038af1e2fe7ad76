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

	static final String LEAD = "leadDepartment";

	static final String CHOSEN = "participatingDepartments";

	/** Turns the decision's proposal into the choice the dispatcher starts from. */
	public void propose(DelegateExecution execution) {
		@SuppressWarnings("unchecked")
		Map<String, Object> proposal = (Map<String, Object>) execution.getVariable("proposal");
		execution.setVariable(LEAD, proposal.get("leadDepartment"));
		execution.setVariable(CHOSEN, proposal.get("participants"));
		execution.removeVariable("proposal");
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
		append(execution, "missedConfirmation", String.valueOf(execution.getVariable("department")));
	}

	public void recordOfficers(DelegateExecution execution) {
		append(execution, "officersByDepartment",
				execution.getVariable("department") + ": " + execution.getVariable("officersNamed"));
	}

	public void recordResult(DelegateTask task) {
		append(task.getExecution(), "departmentResults",
				task.getVariable("department") + ": " + task.getVariable("departmentResult"));
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
