package org.gridcase.notify.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.gridcase.notify.NotificationDelivery;
import org.gridcase.notify.NotifyProperties;
import org.gridcase.notify.StaffAlerts;
import org.gridcase.shared.process.EveryUserTask;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Engine extensions for notifications: the sending job's handler and its retry cycle
 * ({@code gridcase.notify.retry-cycle}), and telling the candidates of every new user task.
 */
@Component
class NotifyEnginePlugin extends AbstractProcessEnginePlugin {

	private final NotificationDelivery delivery;

	private final StaffAlerts alerts;

	private final NotifyProperties properties;

	NotifyEnginePlugin(@Lazy NotificationDelivery delivery, @Lazy StaffAlerts alerts, NotifyProperties properties) {
		this.delivery = delivery;
		this.alerts = alerts;
		this.properties = properties;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<JobHandler> handlers = new ArrayList<>(
				configuration.getCustomJobHandlers() == null ? List.of() : configuration.getCustomJobHandlers());
		handlers.add(new SendNotificationJobHandler(this.delivery));
		configuration.setCustomJobHandlers(handlers);

		TaskListener tellCandidates = new TellCandidatesOfNewTask(this.alerts);
		EveryUserTask.listen(configuration, tellCandidates, TaskListener.EVENTNAME_CREATE);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setFailedJobCommandFactory(
				new NotificationRetries(configuration.getFailedJobCommandFactory(), this.properties.retryCycle()));
	}

}
