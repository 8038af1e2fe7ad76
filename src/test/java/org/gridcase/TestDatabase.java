package org.gridcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * One embedded PostgreSQL server per test JVM, shared by every application context the tests
 * start. Each context holds a lease that its data source depends on, so the lease is released
 * only after the engine and the pool have shut down; the server stops with the last lease.
 * The application sees an external {@code spring.datasource.url}, the path production takes.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String LEASE_BEAN = "testDatabaseLease";

	private static EmbeddedPostgres server;

	private static int leases;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = acquire();
		TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
				"spring.datasource.password=").applyTo(context);
		GenericApplicationContext registry = (GenericApplicationContext) context;
		registry.registerBean(LEASE_BEAN, Lease.class, Lease::new);
		registry.addBeanFactoryPostProcessor(beanFactory -> {
			BeanDefinition dataSource = beanFactory.getBeanDefinition("dataSource");
			dataSource.setDependsOn(LEASE_BEAN);
		});
	}

	/**
	 * What only a superuser can do: change exactly one row with the triggers off (replica mode),
	 * as someone tampering with the audit trail directly in the database would.
	 */
	public static void updateOneRowWithoutTriggers(String sql, Object... parameters) throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl());
				Statement replica = connection.createStatement();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			replica.execute("set session_replication_role = replica");
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			assertThat(statement.executeUpdate()).isEqualTo(1);
		}
	}

	/** JDBC URL of the shared server, starting it if needed. */
	public static synchronized String jdbcUrl() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

	private static synchronized String acquire() {
		String url = jdbcUrl();
		leases++;
		return url;
	}

	private static synchronized void release() {
		leases--;
		if (leases == 0 && server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			server = null;
		}
	}

	static final class Lease implements AutoCloseable {

		@Override
		public void close() {
			release();
		}

	}

}
