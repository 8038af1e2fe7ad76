package org.gridcase.cases.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Completing a task checks what its Camunda Form demands once the submission is in: every
 * required field filled, every choice one of the form's values
 * ({@link DeclaredTaskInputs#unmetRequirements}). A failure is a
 * {@link FormFieldValidationException} (the REST API answers 400) naming the fields.
 */
class RequiredFormFields implements TaskListener {

	private final TaskForms forms;

	RequiredFormFields(TaskForms forms) {
		this.forms = forms;
	}

	@Override
	public void notify(DelegateTask delegateTask) {
		this.forms.of((TaskEntity) delegateTask).ifPresent(form -> {
			var problems = form.unmetRequirements(delegateTask);
			if (!problems.isEmpty()) {
				throw DeclaredTaskInputs.refusal(problems);
			}
		});
	}

}
