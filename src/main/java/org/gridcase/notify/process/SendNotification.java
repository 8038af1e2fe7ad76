package org.gridcase.notify.process;

import java.util.UUID;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/**
 * The configuration of a sending job: the id of the stored message.
 */
record SendNotification(UUID notificationId) implements JobHandlerConfiguration {

	@Override
	public String toCanonicalString() {
		return this.notificationId.toString();
	}

}
