package org.gridcase.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes audit events older than the retention period from the start of the chain, through
 * the database function {@code audit_purge} (the only way rows leave the trail): it moves the
 * chain's anchor to the last removed link, so what remains still verifies.
 */
@Service
public class AuditRetention {

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final JdbcTemplate jdbc;

	private final AuditProperties properties;

	private final Clock clock;

	AuditRetention(JdbcTemplate jdbc, AuditProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${gridcase.audit.purge-cron:0 30 2 * * *}")
	@Transactional
	public void purgeExpired() {
		purgeBefore(this.clock.instant().atOffset(ZoneOffset.UTC).minus(this.properties.retention()).toInstant());
	}

	/** Removes the events from the start of the chain that occurred before the cutoff; how many. */
	@Transactional
	public long purgeBefore(Instant cutoff) {
		Long purged = this.jdbc.queryForObject("select audit_purge(?)", Long.class,
				cutoff.atOffset(ZoneOffset.UTC));
		log.info("Audit retention: {} events before {} removed", purged, cutoff);
		return purged;
	}

}
