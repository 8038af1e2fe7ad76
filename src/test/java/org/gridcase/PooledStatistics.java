package org.gridcase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL's table statistics as the application's connections left them. A backend reports its
 * statistics when it goes idle, at most once a second; asked to, it reports them before it answers
 * the next statement. The application's statements went through the pool's connections, so each of
 * them is taken (all at once, so none is asked twice) and asked.
 */
public final class PooledStatistics {

	private PooledStatistics() {
	}

	public static void flush(DataSource dataSource) {
		List<Connection> held = new ArrayList<>();
		try {
			HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
			int size = pool.getHikariPoolMXBean().getTotalConnections();
			for (int i = 0; i < size; i++) {
				Connection connection = pool.getConnection();
				held.add(connection);
				try (Statement statement = connection.createStatement()) {
					statement.execute("select pg_stat_force_next_flush()");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			held.forEach(PooledStatistics::close);
		}
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
