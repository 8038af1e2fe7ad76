package org.gridcase.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every message (table {@code notification}) and schedules its sending job, in the
 * transaction of the change it reports; a message made before (same dedupe key) is not made again.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Outbox {

	private final JdbcClient jdbc;

	private final NotificationJobs jobs;

	private final Clock clock;

	Outbox(JdbcClient jdbc, NotificationJobs jobs, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.clock = clock;
	}

	void post(OutgoingMessage message) {
		UUID id = UUID.randomUUID();
		int inserted = this.jdbc.sql("""
				insert into notification (id, dedupe_key, kind, channel, recipient, address, subject, body, case_id,
				    emergency, created_at, due_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (dedupe_key) do nothing""")
			.params(id, message.dedupeKey(), message.kind().name(), message.channel().name(), message.recipient(),
					message.address(), message.subject(), message.body(), message.caseId(), message.emergency(),
					Timestamp.from(this.clock.instant()), Timestamp.from(message.dueAt()))
			.update();
		if (inserted == 1) {
			this.jobs.schedule(id, message.dueAt());
		}
	}

}
