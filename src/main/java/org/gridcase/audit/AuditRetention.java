package org.gridcase.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes audit events older than the retention period from the start of each chain, through
 * the database function {@code audit_purge} (the only way rows leave the trail): it moves the
 * chain's anchor to the last removed link, so what remains still verifies. One transaction per
 * chain, so that appends to the other chains go on while one is purged.
 */
@Service
public class AuditRetention {

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AuditProperties properties;

	private final Clock clock;

	AuditRetention(JdbcTemplate jdbc, TransactionTemplate transactions, AuditProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${gridcase.audit.purge-cron:0 30 2 * * *}")
	public void purgeExpired() {
		purgeBefore(this.clock.instant().atOffset(ZoneOffset.UTC).minus(this.properties.retention()).toInstant());
	}

	/** Removes the events from the start of each chain that occurred before the cutoff; how many. */
	public long purgeBefore(Instant cutoff) {
		long purged = 0;
		for (Integer chain : this.jdbc.queryForList("select chain from audit_chain_head order by chain", Integer.class)) {
			purged += this.transactions.execute(status -> this.jdbc.queryForObject("select audit_purge(?, ?::smallint)",
					Long.class, cutoff.atOffset(ZoneOffset.UTC), chain));
		}
		log.info("Audit retention: {} events before {} removed", purged, cutoff);
		return purged;
	}

}
