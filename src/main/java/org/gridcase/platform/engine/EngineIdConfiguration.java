package org.gridcase.platform.engine;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's id generator (the Spring Boot starter uses an {@link IdGenerator} bean instead of
 * its own). Its blocks come through a pool of one connection to the application's database, not
 * a bean, so the application's {@code DataSource} stays the only one.
 */
@Configuration(proxyBeanMethods = false)
class EngineIdConfiguration {

	@Bean
	IdGenerator engineIdBlocks(DataSourceProperties database,
			@Value("${gridcase.engine.id-block-size}") int blockSize) {
		HikariDataSource connections = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		connections.setPoolName("engine-ids");
		connections.setMaximumPoolSize(1);
		connections.setMinimumIdle(0);
		connections.setConnectionTimeout(3000);
		return new EngineIdBlocks(connections, blockSize);
	}

}
