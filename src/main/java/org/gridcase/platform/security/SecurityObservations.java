package org.gridcase.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes nothing: with the actuator's observation registry it otherwise wraps
 * every filter of every chain, every authentication and every authorization in an observation of
 * its own (about 4% of an intake's CPU in the profiles of issue 13). The requests themselves are
 * still observed and timed by Spring MVC ({@code http.server.requests}, on /actuator/prometheus).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
