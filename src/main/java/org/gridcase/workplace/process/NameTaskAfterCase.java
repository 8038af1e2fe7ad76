package org.gridcase.workplace.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gridcase.catalogue.Catalogue;
import org.gridcase.shared.UserTexts;
import org.gridcase.workplace.TaskNamePolicy;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Names a user task after its case when it is created ({@link TaskNamePolicy}) and writes the
 * case's tracking number (the business key) into the task's description, where Tasklist's
 * list and our Tasklist plugin read it: no variable is added for it. Tasks outside cases (no
 * {@code issueType}) keep their name.
 */
class NameTaskAfterCase implements TaskListener {

	static final String TRACKING_NUMBER_PREFIX_KEY = "task.tracking-number-prefix";

	/** Looked up when a task is created: the engine (and this listener) is built before the catalogue. */
	private final ObjectProvider<Catalogue> catalogue;

	NameTaskAfterCase(ObjectProvider<Catalogue> catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void notify(DelegateTask task) {
		String issueType = (String) task.getVariable(WorkplaceVariables.ISSUE_TYPE);
		if (issueType == null) {
			return;
		}
		Catalogue names = this.catalogue.getObject();
		task.setName(TaskNamePolicy.name(task.getName(), issueType, (String) task.getVariable(WorkplaceVariables.DESCRIPTION),
				(String) task.getVariable(WorkplaceVariables.ADDRESS), names::isSubcategoryName, names::issueTypeName));
		String trackingNumber = task.getExecution().getProcessBusinessKey();
		if (trackingNumber != null && task.getDescription() == null) {
			task.setDescription(UserTexts.get(TRACKING_NUMBER_PREFIX_KEY) + trackingNumber);
		}
	}

}
