package org.gridcase.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the nodes did, counted in the database: the side effects that must happen once (light
 * changes, escalations, accountability reviews, task routings, job executions, model
 * deployments), the acknowledged reports that must each be a case with its process, and
 * instances that would be stuck (no task, job, event subscription or called instance).
 */
final class SideEffects {

	private final String url;

	SideEffects(String url) {
		this.url = url;
	}

	/** Counts by name; names starting with {@code duplicate}, {@code lost} or {@code stuck} must be 0. */
	Map<String, Long> count(List<Load.Receipt> receipts) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection db = connect()) {
			counts.put("acknowledged reports", (long) receipts.size());
			counts.put("lost acknowledged reports (no case with a lifecycle process)", lost(db, receipts));
			counts.put("cases", single(db, "select count(*) from case_record"));
			counts.put("light changes", single(db, "select count(*) from audit_event where type = 'LIGHT_TURNED'"));
			counts.put("duplicate light changes (same case, same light twice)", single(db, """
					select coalesce(sum(n - 1), 0) from (select count(*) n from audit_event where type = 'LIGHT_TURNED'
					group by case_id, data::jsonb ->> 'to' having count(*) > 1) d"""));
			counts.put("escalations", single(db, "select count(*) from audit_event where type = 'CASE_ESCALATED'"));
			counts.put("duplicate escalations (same case, same climb twice)", single(db, """
					select coalesce(sum(n - 1), 0) from (select count(*) n from audit_event where type = 'CASE_ESCALATED'
					group by case_id, data::jsonb ->> 'fromLevel', data::jsonb ->> 'toLevel' having count(*) > 1) d"""));
			counts.put("red cases", single(db, "select count(*) from case_record where light = 'RED'"));
			counts.put("accountability reviews", single(db,
					"select count(*) from act_hi_procinst where proc_def_key_ = 'AccountabilityReviewProcess'"));
			counts.put("duplicate accountability reviews (a case with more than one)", single(db, """
					select coalesce(sum(n - 1), 0) from (select count(*) n from act_hi_procinst
					where proc_def_key_ = 'AccountabilityReviewProcess' group by business_key_ having count(*) > 1) d"""));
			counts.put("lost accountability reviews (red case without one)", single(db, """
					select count(*) from case_record c where c.light = 'RED' and not exists (select 1 from act_hi_procinst p
					where p.proc_def_key_ = 'AccountabilityReviewProcess' and p.business_key_ = c.tracking_number)"""));
			counts.put("tasks created", single(db, "select count(*) from act_hi_taskinst"));
			counts.put("duplicate routings (a task given a candidate group twice)", single(db, """
					select coalesce(sum(n - 1), 0) from (select count(*) n from act_hi_identitylink
					where type_ = 'candidate' and operation_type_ = 'add' and group_id_ is not null and task_id_ is not null
					group by task_id_, group_id_ having count(*) > 1) d"""));
			counts.put("duplicate open tasks (same step twice in one instance)", single(db, """
					select coalesce(sum(n - 1), 0) from (select count(*) n from act_ru_task
					group by proc_inst_id_, task_def_key_ having count(*) > 1) d"""));
			counts.put("jobs run", single(db, "select count(*) from act_hi_job_log where job_state_ = 2"));
			// a job is due once; only the engine's history cleanup reschedules the same job, to a new due date
			counts.put("duplicate job runs (one job succeeding twice for one due date)", single(db, """
					select coalesce(sum(n - 1), 0) from (select count(*) n from act_hi_job_log where job_state_ = 2
					group by job_id_, job_duedate_ having count(*) > 1) d"""));
			counts.put("failed jobs (incidents)", single(db, "select count(*) from act_ru_incident"));
			counts.put("stuck instances (no task, job, subscription or called instance)", single(db, """
					select count(*) from act_ru_execution p where p.id_ = p.proc_inst_id_
					and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = p.id_)
					and not exists (select 1 from act_ru_job j where j.process_instance_id_ = p.id_)
					and not exists (select 1 from act_ru_event_subscr s where s.proc_inst_id_ = p.id_)
					and not exists (select 1 from act_ru_execution c join act_ru_execution sup on c.super_exec_ = sup.id_
					                where sup.proc_inst_id_ = p.id_)"""));
			counts.put("deployments", single(db, "select count(*) from act_re_deployment"));
			counts.put("duplicate model deployments (a model in more than one version)", single(db, """
					select coalesce(sum(n - 1), 0) from (select count(*) n from (select key_ from act_re_procdef
					union all select key_ from act_re_decision_def) k group by key_ having count(*) > 1) d"""));
			counts.put("audit events", single(db, "select count(*) from audit_event"));
		}
		return counts;
	}

	/** Jobs due by the engine time {@code now} that no node has run yet (not failed for good). */
	long dueJobs(Instant now) throws SQLException {
		try (Connection db = connect(); PreparedStatement query = db.prepareStatement("""
				select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1
				and (duedate_ is null or duedate_ <= ?)""")) {
			query.setTimestamp(1, Timestamp.from(now));
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/** Timers (engine timers and light timers) due by the engine time {@code now}. */
	long dueTimers(Instant now) throws SQLException {
		try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
				"select count(*) from act_ru_job where type_ = 'timer' and duedate_ <= ?")) {
			query.setTimestamp(1, Timestamp.from(now));
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/** Jobs the owner holds locked (a lock ends with the job, or is cleared when it fails). */
	List<String> lockedBy(String owner) throws SQLException {
		try (Connection db = connect()) {
			return lockedBy(db, owner);
		}
	}

	/** Waits (at most {@code timeout}) until the owner holds a lock, polling on one connection. */
	void awaitLock(String owner, java.time.Duration timeout) throws SQLException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Connection db = connect()) {
			while (lockedBy(db, owner).isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
		}
	}

	private static List<String> lockedBy(Connection db, String owner) throws SQLException {
		List<String> jobs = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement("select id_ from act_ru_job where lock_owner_ = ?")) {
			query.setString(1, owner);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					jobs.add(rows.getString(1));
				}
			}
		}
		return jobs;
	}

	/** Of these jobs, those that still exist and were never run, or still carry the owner's lock. */
	long notTakenOver(List<String> jobs, String deadOwner) throws SQLException {
		long left = 0;
		try (Connection db = connect(); PreparedStatement query = db.prepareStatement("""
				select count(*) from act_ru_job where id_ = ? and (lock_owner_ = ?
				or not exists (select 1 from act_hi_job_log l where l.job_id_ = act_ru_job.id_ and l.job_state_ in (1, 2)))
				and retries_ > 0""")) {
			for (String job : jobs) {
				query.setString(1, job);
				query.setString(2, deadOwner);
				try (ResultSet rows = query.executeQuery()) {
					rows.next();
					left += rows.getLong(1);
				}
			}
		}
		return left;
	}

	/** Jobs that ran after being locked by the dead owner, on the host that ran them. */
	Map<String, Long> runBy(List<String> jobs) throws SQLException {
		Map<String, Long> hosts = new LinkedHashMap<>();
		try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
				"select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2")) {
			for (String job : jobs) {
				query.setString(1, job);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						hosts.merge(rows.getString(1), 1L, Long::sum);
					}
				}
			}
		}
		return hosts;
	}

	long single(String sql) throws SQLException {
		try (Connection db = connect()) {
			return single(db, sql);
		}
	}

	private static long lost(Connection db, List<Load.Receipt> receipts) throws SQLException {
		long lost = 0;
		try (PreparedStatement query = db.prepareStatement("""
				select count(*) from report r join case_record c on c.id = r.case_id
				join act_hi_procinst p on p.business_key_ = c.tracking_number and p.proc_def_key_ = 'CaseLifecycleProcess'
				where r.tracking_number = ?""")) {
			for (Load.Receipt receipt : receipts) {
				query.setString(1, receipt.trackingNumber());
				try (ResultSet rows = query.executeQuery()) {
					rows.next();
					if (rows.getLong(1) != 1) {
						lost++;
					}
				}
			}
		}
		return lost;
	}

	private static long single(Connection db, String sql) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, "postgres", "");
	}

}
