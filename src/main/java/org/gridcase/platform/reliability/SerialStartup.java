package org.gridcase.platform.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nodes sharing one database start one after the other: from before the migrations until the
 * application is ready (engine started, models deployed, first administrator, Tasklist filters,
 * demo district and logins) a node holds a PostgreSQL advisory lock, so two nodes started at
 * the same moment never both deploy the models or both seed the same rows; the second finds
 * everything done. The lock is the session's: a node that dies while holding it releases it
 * with its connection.
 * <p>
 * With {@code gridcase.restore.from} set, the node restores that backup into the (empty)
 * database before migrating ({@link DatabaseRestore}).
 */
@Component
class SerialStartup implements FlywayMigrationStrategy, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SerialStartup.class);

	/** The advisory lock's key: "GridCase" in ASCII. */
	static final long LOCK_KEY = 0x4772696443617365L;

	private final DataSource dataSource;

	private final ObjectMapper json;

	private final String restoreFrom;

	private Connection holder;

	SerialStartup(DataSource dataSource, ObjectMapper json, @Value("${gridcase.restore.from:}") String restoreFrom) {
		this.dataSource = dataSource;
		this.json = json;
		this.restoreFrom = restoreFrom;
	}

	@Override
	public void migrate(Flyway flyway) {
		try {
			this.holder = this.dataSource.getConnection();
			try (Statement statement = this.holder.createStatement()) {
				if (!statement.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")").next()
						|| !statement.getResultSet().getBoolean(1)) {
					log.info("Another node is starting on this database; waiting for it to be ready");
					statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
				}
			}
			if (!this.restoreFrom.isBlank()) {
				Path archive = Path.of(this.restoreFrom);
				if (!Files.isRegularFile(archive)) {
					throw new IllegalStateException("No backup at " + archive.toAbsolutePath());
				}
				new DatabaseRestore(archive, this.json).restore(flyway, this.holder);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not take the startup lock", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		flyway.migrate();
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void ready() {
		release();
	}

	@Override
	public void destroy() {
		release();
	}

	private synchronized void release() {
		if (this.holder == null) {
			return;
		}
		try (Connection connection = this.holder; Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
		}
		catch (SQLException ex) {
			log.warn("Could not release the startup lock; it goes with the connection: {}", ex.toString());
		}
		finally {
			this.holder = null;
		}
	}

}
