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
 * The audit trail: appends events to the hash chains ({@link AuditChain}, {@link AuditChains})
 * inside the caller's transaction, so an event is there exactly when the change it records is;
 * reads them back.
 * <p>
 * An appended event waits in the transaction until it is about to commit, then goes into its
 * chain with the transaction's other events ({@link TransactionAuditLinks}): the chain's head
 * row is locked only from that moment to the commit, and each chain has its own head, so
 * transactions of different cases do not queue behind one lock. Until the commit the
 * transaction does not read its own pending events back.
 */
@Service
public class AuditTrail {

	/** The actor of what timers and jobs do. */
	public static final String SYSTEM = "system";

	private static final int STREAM_FETCH_SIZE = 500;

	private final JdbcTemplate jdbc;

	private final AuditActors actors;

	private final Clock clock;

	private final AuditChains chains;

	private final AuditLinkWriter writer;

	AuditTrail(JdbcTemplate jdbc, AuditActors actors, Clock clock, AuditChains chains, AuditLinkWriter writer) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
		this.chains = chains;
		this.writer = writer;
	}

	/**
	 * Appends an event done by the current user (or {@value #SYSTEM}) now.
	 * @param caseId the case it concerns, or {@code null}
	 * @param data plain values: strings, numbers, booleans, lists and maps of them
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(UUID caseId, AuditEventType type, Map<String, ?> data) {
		appendAsRecorded(caseId, type, this.actors.current(), this.clock.instant(), data);
	}

	/**
	 * Appends an event that happened earlier, done by the given actor then: what the trail learns
	 * afterwards from other records (the backfill of cases older than the trail). The link
	 * follows its chain's last one whatever its time.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void appendAsRecorded(UUID caseId, AuditEventType type, String actor, Instant at, Map<String, ?> data) {
		String json = AuditChain.canonicalJson(data);
		TransactionAuditLinks.current(this.writer)
			.add(new PendingLink(this.chains.chainOf(caseId), caseId, type.name(), actor, AuditChain.truncate(at),
					AuditChain.parse(json), json));
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
		return new AuditEvent(row.getLong("sequence"), row.getInt("chain"), row.getObject("case_id", UUID.class), row.getString("type"),
				row.getString("actor"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(), AuditChain.parse(row.getString("data")),
				row.getString("previous_hash"), row.getString("hash"));
	}

}
