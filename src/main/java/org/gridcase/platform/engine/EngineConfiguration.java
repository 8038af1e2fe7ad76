package org.gridcase.platform.engine;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	@Bean
	Clock clock() {
		return EngineClock.utc();
	}

}
