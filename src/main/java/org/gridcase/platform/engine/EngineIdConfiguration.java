package org.gridcase.platform.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's id generator (the Spring Boot starter uses an {@link IdGenerator} bean instead of
 * its own). Its blocks come through a pool of one connection to the application's database (an
 * external one or the embedded default), not a bean, so the application's {@code DataSource}
 * stays the only one.
 */
@Configuration(proxyBeanMethods = false)
class EngineIdConfiguration {

	@Bean
	IdGenerator engineIdBlocks(HikariDataSource application, @Value("${gridcase.engine.id-block-size}") int blockSize) {
		return new EngineIdBlocks(connectionOfItsOwn(application), blockSize);
	}

	/** One connection to the database the application's pool connects to, with its settings. */
	static HikariDataSource connectionOfItsOwn(HikariDataSource application) {
		HikariConfig config = new HikariConfig();
		application.copyStateTo(config);
		config.setPoolName("engine-ids");
		config.setMaximumPoolSize(1);
		config.setMinimumIdle(0);
		return new HikariDataSource(config);
	}

}
