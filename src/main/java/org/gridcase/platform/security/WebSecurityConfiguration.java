package org.gridcase.platform.security;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * What holds in every profile: the Camunda webapps and the engine REST API take the user that
 * Spring Security authenticated (container-based authentication), and controllers may check
 * roles per method. The filter chains themselves come from {@link BasicSecurityConfiguration}
 * (the engine's own users) or {@link KeycloakSecurityConfiguration} (profile {@code keycloak}).
 * Nothing is anonymous but a bare liveness probe and the login pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurityConfiguration {

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticationFilter() {
		var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(
				Map.of("authentication-provider", SpringSecurityAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(ProcessEngine engine) {
		var registration = new FilterRegistrationBean<ProcessEngineAuthenticationFilter>(
				new EngineRestAuthenticationFilter(engine));
		registration.setInitParameters(
				Map.of("authentication-provider", EngineRestAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
