package org.gridcase.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.gridcase.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V35 turns the single chain of before into chain 0 of several: on a database of its
 * own with the audit schema as V12 and V14 left it, a chain whose first link the retention purge
 * had removed still verifies after V35, and new events continue it (chain 0) or start chains of
 * their own.
 */
class AuditChainMigrationTests {

	private final String database = "audit_v35_" + Long.toHexString(System.nanoTime());

	private JdbcTemplate admin;

	private JdbcTemplate jdbc;

	private DataSource dataSource;

	@BeforeEach
	void createDatabase() {
		this.admin = new JdbcTemplate(new DriverManagerDataSource(TestDatabase.jdbcUrl()));
		this.admin.execute("create database " + this.database);
		this.dataSource = new DriverManagerDataSource(TestDatabase.jdbcUrl().replaceFirst("/postgres\\?", "/" + this.database + "?"));
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@AfterEach
	void dropDatabase() {
		this.admin.execute("drop database " + this.database + " with (force)");
	}

	@Test
	void theSingleChainOfBeforeStillVerifiesAndNewEventsContinueIt() throws Exception {
		migrate("V12__audit_trail.sql");
		migrate("V14__audit_event_opened_grid.sql");
		UUID caseId = UUID.randomUUID();
		String previous = AuditChain.GENESIS_HASH;
		Instant at = Instant.parse("2021-03-01T08:00:00.123456Z");
		for (long sequence = 1; sequence <= 3; sequence++) {
			Map<String, Object> data = Map.of("reworkCount", (int) sequence);
			String hash = AuditChain.hash(sequence, caseId, "REWORK_COUNTED", "station1", at.plusSeconds(sequence), data, previous);
			this.jdbc.update("insert into audit_event (sequence, case_id, type, actor, occurred_at, data, previous_hash, hash)"
					+ " values (?, ?, 'REWORK_COUNTED', 'station1', ?, ?, ?, ?)", sequence, caseId,
					OffsetDateTime.ofInstant(at.plusSeconds(sequence), ZoneOffset.UTC), AuditChain.canonicalJson(data), previous,
					hash);
			previous = hash;
		}
		assertThat(this.jdbc.queryForObject("select audit_purge(?)", Long.class, OffsetDateTime.ofInstant(at.plusSeconds(2),
				ZoneOffset.UTC))).isEqualTo(1);

		migrate("V35__audit_chains.sql");

		AuditChainVerifier verifier = new AuditChainVerifier(this.jdbc);
		AuditVerification migrated = verifier.verify();
		assertThat(migrated).isEqualTo(AuditVerification.intact(1, 2));
		assertThat(this.jdbc.queryForObject("select chain || ' ' || anchor_sequence from audit_chain_head", String.class))
			.isEqualTo("0 1");

		AuditChains chains = new AuditChains(new AuditProperties(Period.ofYears(5), 4));
		UUID elsewhere = caseInAnotherChainThan(chains, caseId);
		AuditTrail trail = new AuditTrail(this.jdbc, () -> "auditor1", Clock.systemUTC(), chains, new AuditLinkWriter(this.jdbc,
				new DefaultListableBeanFactory().getBeanProvider(EntityManagerFactory.class), chains));
		new TransactionTemplate(new DataSourceTransactionManager(this.dataSource)).executeWithoutResult(status -> {
			trail.append(null, AuditEventType.EVENTS_EXPORTED, Map.of("format", "CSV"));
			trail.append(elsewhere, AuditEventType.REWORK_COUNTED, Map.of("reworkCount", 1));
		});

		List<AuditEvent> chainZero = this.jdbc.query("select * from audit_event where chain = 0 order by sequence",
				AuditTrail::event);
		assertThat(chainZero).extracting(AuditEvent::sequence).containsExactly(2L, 3L, 4L);
		assertThat(chainZero.get(2).previousHash()).isEqualTo(previous);
		AuditEvent started = trail.eventsOf(elsewhere).get(0);
		assertThat(started.chain()).isEqualTo(chains.chainOf(elsewhere)).isNotZero();
		assertThat(started.sequence()).isEqualTo(5);
		assertThat(started.previousHash()).isEqualTo(AuditChain.GENESIS_HASH);
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(2, 4));
	}

	private static UUID caseInAnotherChainThan(AuditChains chains, UUID caseId) {
		UUID other;
		do {
			other = UUID.randomUUID();
		}
		while (chains.chainOf(other) == 0 || chains.chainOf(other) == chains.chainOf(caseId));
		return other;
	}

	private void migrate(String script) throws IOException {
		this.jdbc.execute(new ClassPathResource("db/migration/" + script).getContentAsString(StandardCharsets.UTF_8));
	}

}
