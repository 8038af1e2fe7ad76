package org.gridcase.notify.process;

import java.util.UUID;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.gridcase.notify.NotificationDelivery;

/**
 * Runs a sending job: one message to its gateway. A failure fails the job, which the engine
 * retries ({@link NotificationRetries}) and turns into an incident when the retries run out.
 */
class SendNotificationJobHandler implements JobHandler<SendNotification> {

	static final String TYPE = "gridcase-notify";

	private final NotificationDelivery delivery;

	SendNotificationJobHandler(NotificationDelivery delivery) {
		this.delivery = delivery;
	}

	@Override
	public String getType() {
		return TYPE;
	}

	@Override
	public void execute(SendNotification configuration, ExecutionEntity execution, CommandContext commandContext,
			String tenantId) {
		this.delivery.send(configuration.notificationId());
	}

	@Override
	public SendNotification newConfiguration(String canonicalString) {
		return new SendNotification(UUID.fromString(canonicalString));
	}

	@Override
	public void onDelete(SendNotification configuration, JobEntity jobEntity) {
		// the stored message stays as the record of what was (not) sent
	}

}
