package org.gridcase.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.cases.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what the notify module stored and drives its sending jobs by hand (the job executor is
 * off in tests), and works a case's tasks through the engine.
 */
final class NotificationFixtures {

	private final JdbcClient jdbc;

	private final ProcessEngine engine;

	NotificationFixtures(JdbcClient jdbc, ProcessEngine engine) {
		this.jdbc = jdbc;
		this.engine = engine;
	}

	/** A stored message. */
	record Stored(UUID id, NotificationKind kind, NotificationChannel channel, String recipient, String address,
			String subject, String body, boolean emergency, Instant dueAt, Instant sentAt) {
	}

	List<Stored> of(CaseId caseId) {
		return this.jdbc.sql("select * from notification where case_id = ? order by created_at, kind, recipient, channel")
			.param(caseId.value())
			.query((rs, row) -> new Stored(rs.getObject("id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
					NotificationChannel.valueOf(rs.getString("channel")), rs.getString("recipient"),
					rs.getString("address"), rs.getString("subject"), rs.getString("body"), rs.getBoolean("emergency"),
					rs.getTimestamp("due_at").toInstant(),
					rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()))
			.list();
	}

	Stored one(CaseId caseId, NotificationKind kind, String recipient, NotificationChannel channel) {
		List<Stored> found = of(caseId).stream()
			.filter(stored -> stored.kind() == kind && stored.recipient().equals(recipient) && stored.channel() == channel)
			.toList();
		if (found.size() != 1) {
			throw new AssertionError("expected one " + kind + " to " + recipient + " by " + channel + ", found " + of(caseId));
		}
		return found.get(0);
	}

	/** The sending job of a stored message (none once it ran). */
	Job jobOf(UUID notificationId) {
		List<String> ids = this.jdbc.sql("select id_ from act_ru_job where handler_type_ = 'gridcase-notify' and handler_cfg_ = ?")
			.param(notificationId.toString())
			.query(String.class)
			.list();
		return ids.isEmpty() ? null : this.engine.getManagementService().createJobQuery().jobId(ids.get(0)).singleResult();
	}

	void run(Stored stored) {
		this.engine.getManagementService().executeJob(jobOf(stored.id()).getId());
	}

	long sendingJobs() {
		return this.jdbc.sql("select count(*) from act_ru_job where handler_type_ = 'gridcase-notify'").query(Long.class).single();
	}

	/** Completes the case's open task of that name (as Tasklist would, with the form's values). */
	void complete(String trackingNumber, String taskName, Map<String, Object> values) {
		Task task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(trackingNumber)
			.taskNameLike(taskName + "%")
			.singleResult();
		if (task == null) {
			throw new AssertionError("no task " + taskName + " for " + trackingNumber);
		}
		this.engine.getTaskService().complete(task.getId(), values);
	}

}
