package org.gridcase.platform.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Nothing is anonymous but the login page, static assets and a bare liveness probe.
 * <ul>
 * <li>{@code /engine-rest/**} and our {@code /api/**}: stateless HTTP Basic; an open engine REST API would let anyone
 * deploy a script, which is remote code execution. No session cookie is honoured there, so
 * cross-site requests cannot ride on a browser login.</li>
 * <li>everything else: form login with a session; the Camunda webapps take the logged-in user
 * from Spring Security (container-based authentication) and keep their own CSRF protection.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurityConfiguration {

	private static final RequestMatcher ENGINE_REST = PathPatternRequestMatcher.withDefaults()
		.matcher("/engine-rest/**");

	private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	/** Called by programs, not browsers: answer 401 instead of redirecting to the login page. */
	private static final RequestMatcher MACHINE_ENDPOINTS = PathPatternRequestMatcher.withDefaults()
		.matcher("/actuator/**");

	@Bean
	@Order(1)
	SecurityFilterChain engineRestSecurity(HttpSecurity http) throws Exception {
		return statelessApi(http, ENGINE_REST);
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return statelessApi(http, API);
	}

	private static SecurityFilterChain statelessApi(HttpSecurity http, RequestMatcher paths) throws Exception {
		return http.securityMatcher(paths)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain applicationSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health/liveness", "/login", "/error", "/favicon.ico").permitAll()
				.anyRequest().authenticated())
			.formLogin(Customizer.withDefaults())
			.httpBasic(Customizer.withDefaults())
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), MACHINE_ENDPOINTS))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
			.build();
	}

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
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setInitParameters(
				Map.of("authentication-provider", SpringSecurityAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
