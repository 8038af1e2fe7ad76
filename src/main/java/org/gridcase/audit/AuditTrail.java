package org.gridcase.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: appends events to the hash chain ({@link AuditChain}) inside the caller's
 * transaction, so an event is there exactly when the change it records is; reads them back.
 * <p>
 * Appends lock the chain's one head row ({@code SELECT … FOR UPDATE}): appends of all nodes
 * take their turn inside PostgreSQL and each links to the one committed before it. The lock is
 * held to the end of the transaction, so audited transactions commit one after another. Plain
 * JDBC, so that taking the lock flushes no pending JPA changes first (their row locks would be
 * taken while waiting for the chain).
 */
@Service
public class AuditTrail {

	/** The actor of what timers and jobs do. */
	public static final String SYSTEM = "system";

	private static final int STREAM_FETCH_SIZE = 500;

	private final JdbcTemplate jdbc;

	private final AuditActors actors;

	private final Clock clock;

	AuditTrail(JdbcTemplate jdbc, AuditActors actors, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * Appends an event done by the current user (or {@value #SYSTEM}) now.
	 * @param caseId the case it concerns, or {@code null}
	 * @param data plain values: strings, numbers, booleans, lists and maps of them
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEvent append(UUID caseId, AuditEventType type, Map<String, ?> data) {
		return appendAsRecorded(caseId, type, this.actors.current(), this.clock.instant(), data);
	}

	/**
	 * Appends an event that happened earlier, done by the given actor then: what the trail learns
	 * afterwards from other records (the backfill of cases older than the trail). The link
	 * follows the chain's last one whatever its time.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEvent appendAsRecorded(UUID caseId, AuditEventType type, String actor, Instant at, Map<String, ?> data) {
		Map<String, Object> anchor = this.jdbc.queryForMap("select anchor_sequence as sequence, anchor_hash as hash"
				+ " from audit_chain_head where id = 1 for update");
		Map<String, Object> previous = this.jdbc.queryForList("select sequence, hash from audit_event order by sequence desc limit 1")
			.stream()
			.findFirst()
			.orElse(anchor);
		long sequence = ((Number) previous.get("sequence")).longValue() + 1;
		String previousHash = (String) previous.get("hash");
		Instant occurredAt = AuditChain.truncate(at);
		String json = AuditChain.canonicalJson(data);
		Map<String, Object> stored = AuditChain.parse(json);
		String hash = AuditChain.hash(sequence, caseId, type.name(), actor, occurredAt, stored, previousHash);
		this.jdbc.update("insert into audit_event (sequence, case_id, type, actor, occurred_at, data, previous_hash, hash)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?)", sequence, caseId, type.name(), actor,
				OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC), json, previousHash, hash);
		return new AuditEvent(sequence, caseId, type.name(), actor, occurredAt, stored, previousHash, hash);
	}

	/** A case's events, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEvent> eventsOf(UUID caseId) {
		return this.jdbc.query("select * from audit_event where case_id = ? order by sequence", AuditTrail::event,
				caseId);
	}

	/**
	 * Events that occurred in {@code [from, to)}, in chain order, handed over one at a time as
	 * they are read (a cursor, so a month of a district never sits in memory at once). With a
	 * place, only events of cases opened in a grid whose code starts with it (found through
	 * their CASE_OPENED events, index {@code audit_event_opened_grid}).
	 */
	@Transactional(readOnly = true)
	public void eachEventBetween(Instant from, Instant to, String placeCode, Consumer<AuditEvent> consumer) {
		JdbcTemplate cursor = new JdbcTemplate(Objects.requireNonNull(this.jdbc.getDataSource()));
		cursor.setFetchSize(STREAM_FETCH_SIZE);
		String sql = "select * from audit_event where occurred_at >= ? and occurred_at < ?";
		List<Object> args = new ArrayList<>(List.of(OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
				OffsetDateTime.ofInstant(to, ZoneOffset.UTC)));
		if (placeCode != null) {
			sql += " and case_id in (select opened.case_id from audit_event opened where opened.type = 'CASE_OPENED'"
					+ " and opened.occurred_at < ? and (opened.data::jsonb ->> 'gridCode') like ?)";
			args.add(OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
			args.add(placeCode.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		cursor.query(sql + " order by sequence", (ResultSet row) -> {
			consumer.accept(event(row, 0));
		}, args.toArray());
	}

	static AuditEvent event(ResultSet row, int rowNumber) throws SQLException {
		return new AuditEvent(row.getLong("sequence"), row.getObject("case_id", UUID.class), row.getString("type"),
				row.getString("actor"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(), AuditChain.parse(row.getString("data")),
				row.getString("previous_hash"), row.getString("hash"));
	}

}
