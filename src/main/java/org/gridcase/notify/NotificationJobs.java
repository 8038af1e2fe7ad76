package org.gridcase.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * Schedules the sending of a stored message as an asynchronous job with retries, in the current
 * transaction: a rollback leaves no job, so nothing is sent.
 */
public interface NotificationJobs {

	void schedule(UUID notificationId, Instant dueAt);

}
