package org.gridcase.notify.process;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.gridcase.notify.NotificationJobs;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Sending jobs are engine messages (asynchronous jobs) due when the message may go. Created in
 * the running engine command, or in a new one that joins the current Spring transaction: either
 * way they commit or roll back with the change they report.
 */
@Component
class EngineNotificationJobs implements NotificationJobs {

	private final ProcessEngine engine;

	EngineNotificationJobs(@Lazy ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	public void schedule(UUID notificationId, Instant dueAt) {
		CommandContext running = Context.getCommandContext();
		if (running != null) {
			send(running, notificationId, dueAt);
			return;
		}
		((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
			.execute(commandContext -> {
				send(commandContext, notificationId, dueAt);
				return null;
			});
	}

	private static void send(CommandContext commandContext, UUID notificationId, Instant dueAt) {
		MessageEntity message = new MessageEntity();
		message.setJobHandlerType(SendNotificationJobHandler.TYPE);
		message.setJobHandlerConfiguration(new SendNotification(notificationId));
		message.setDuedate(Date.from(dueAt));
		commandContext.getJobManager().send(message);
	}

}
