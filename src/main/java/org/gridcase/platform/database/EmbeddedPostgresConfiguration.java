package org.gridcase.platform.database;

import java.io.IOException;
import java.nio.file.Files;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application when no external database is configured, so that
 * the README's run command needs nothing installed. Setting {@code SPRING_DATASOURCE_URL}
 * (with {@code _USERNAME}/{@code _PASSWORD}) switches this off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDataSourceCondition.class)
class EmbeddedPostgresConfiguration {

	/**
	 * Closed by Spring (not by zonky's JVM shutdown hook) so that the server outlives the
	 * engine and the connection pool during shutdown.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		Files.createDirectories(properties.dataDirectory());
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(properties.dataDirectory())
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setServerConfig("timezone", "UTC");
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		if (properties.durable()) {
			// zonky starts the server with -F (fsync off); later -c settings win.
			builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
		}
		return builder.start();
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("gridcase-embedded");
		return dataSource;
	}

}
