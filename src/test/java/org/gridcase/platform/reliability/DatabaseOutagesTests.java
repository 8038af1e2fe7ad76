package org.gridcase.platform.reliability;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as the database being unreachable (503), and what does not. */
class DatabaseOutagesTests {

	@Test
	void anUnreachableDatabaseIsAnOutageWhereverItIsWrapped() {
		assertThat(DatabaseOutages.isOutage(new CannotCreateTransactionException("no EntityManager",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
		assertThat(DatabaseOutages.isOutage(new RuntimeException("engine", new SQLException("refused", "08001")))).isTrue();
		assertThat(DatabaseOutages.isOutage(new IllegalStateException(new SQLException("terminating connection", "57P01")))).isTrue();
		assertThat(DatabaseOutages.isOutage(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
	}

	@Test
	void aConnectionThePoolClosedBecauseItBrokeIsAnOutage() {
		// what HikariCP throws from a closed proxy connection when the transaction rolls back on it
		SQLException closed = new SQLException("Connection is closed");
		closed.setStackTrace(new StackTraceElement[] {
				new StackTraceElement("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0",
						"ProxyConnection.java", 515) });
		assertThat(DatabaseOutages.isOutage(new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
				closed)))).isTrue();
		assertThat(DatabaseOutages.isOutage(new SQLException("Connection is closed"))).isFalse();
	}

	@Test
	void otherDatabaseErrorsAreNot() {
		assertThat(DatabaseOutages.isOutage(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value", "23505")))).isFalse();
		assertThat(DatabaseOutages.isOutage(new IllegalArgumentException("bad"))).isFalse();
	}

}
