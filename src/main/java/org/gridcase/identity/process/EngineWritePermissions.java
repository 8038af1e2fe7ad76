package org.gridcase.identity.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.stereotype.Component;

/**
 * What working on a task lets a person write through the engine, by engine authorizations:
 * <ul>
 * <li>The candidates and the assignee of a task get {@code READ} and {@code TASK_WORK} on it
 * ({@code defaultUserPermissionNameForTask}), not the engine's default {@code UPDATE}, judged
 * from their links to the task without a grant per task ({@link TaskLinkPermissions}):
 * {@code TASK_WORK} lets them claim, complete and submit its form (with the declared inputs
 * only, see cases/process), while setting variables needs {@code UPDATE}/{@code UPDATE_VARIABLE}
 * and assignee, delegation, identity links and task properties need {@code TASK_ASSIGN}/{@code UPDATE}.
 * Nobody but the engine administrator holds those; process instances, jobs, incidents and
 * external tasks need permissions on {@code PROCESS_INSTANCE}/{@code PROCESS_DEFINITION} nobody
 * else holds. Migration V11 rewrote the task grants of that time the same way; V42 removed them.</li>
 * <li>They also get {@code READ} on the task's history ({@code enableHistoricInstancePermissions}):
 * the REST API looks a task up in history before it adds a comment.</li>
 * <li>Commands the engine runs without any check, or with too weak a one, get one
 * ({@link UncheckedEngineCommands}).</li>
 * </ul>
 * {@code enforceSpecificVariablePermission} stays off: with nobody but the administrator holding
 * {@code UPDATE}, it would close no further door, and it would take variable reads from auditors
 * and the centers above a grid, who hold {@code READ}.
 */
@Component
class EngineWritePermissions extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
		configuration.setEnableHistoricInstancePermissions(true);
		configuration.setResourceAuthorizationProvider(new HistoricTaskGrantsOnly());
		List<CommandInterceptor> interceptors = new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired() == null
				? List.of() : configuration.getCustomPostCommandInterceptorsTxRequired());
		interceptors.add(new UncheckedEngineCommands());
		configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
	}

}
