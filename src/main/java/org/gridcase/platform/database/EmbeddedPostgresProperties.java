package org.gridcase.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PostgreSQL server that GridCase starts itself when no
 * {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port TCP port on the loopback interface; 0 picks a free one
 * @param durable whether acknowledged commits survive a power cut ({@code fsync} and
 *     {@code synchronous_commit} on); only throw-away databases may turn it off
 */
@ConfigurationProperties("gridcase.embedded-postgres")
record EmbeddedPostgresProperties(@DefaultValue(".data/pg") Path dataDirectory, @DefaultValue("0") int port,
		@DefaultValue("true") boolean durable) {
}
