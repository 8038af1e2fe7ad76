package org.gridcase.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one address through one channel.
 *
 * @param dedupeKey the same message for the same event and address is made once, e.g.
 * {@code CASE_CLOSED:<reportId>:SMS}
 * @param recipient the staff username, or the reporter's tracking number
 * @param address phone number, e-mail address or webhook URL
 * @param dueAt when it may go (the end of quiet hours, or now)
 */
record OutgoingMessage(String dedupeKey, NotificationKind kind, NotificationChannel channel, String recipient,
		String address, String subject, String body, UUID caseId, boolean emergency, Instant dueAt) {
}
