package org.gridcase.audit.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gridcase.audit.AuditActors;
import org.gridcase.audit.AuditTrail;
import org.gridcase.grid.Staffing;
import org.gridcase.shared.process.EveryUserTask;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Adds the {@link TaskAuditListener} to every user task of every deployed model (assignment and
 * complete), so claims and completions are audited whoever modelled the process and whichever
 * way the task is worked (Tasklist, engine REST, Java API).
 */
@Component
class AuditEnginePlugin extends AbstractProcessEnginePlugin {

	private final AuditTrail trail;

	private final AuditActors actors;

	private final ObjectMapper objectMapper;

	private final Staffing staffing;

	AuditEnginePlugin(@Lazy AuditTrail trail, @Lazy AuditActors actors, ObjectMapper objectMapper,
			@Lazy Staffing staffing) {
		this.trail = trail;
		this.actors = actors;
		this.objectMapper = objectMapper;
		this.staffing = staffing;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		TaskListener audit = new TaskAuditListener(this.trail, this.actors, new DeclaredFormFields(this.objectMapper),
				this.staffing);
		EveryUserTask.listen(configuration, audit, TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE);
	}

}
