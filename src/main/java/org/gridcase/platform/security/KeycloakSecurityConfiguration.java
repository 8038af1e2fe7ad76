package org.gridcase.platform.security;

import org.gridcase.intake.Open311Keys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * With Keycloak (profile {@code keycloak}):
 * <ul>
 * <li>{@code /engine-rest/**} and {@code /api/**} take Keycloak access tokens (bearer JWT) whose
 * issuer is the {@code gridcase} realm and whose audience includes {@code gridcase-api};
 * {@code /api/**} also the browser's login session, with a CSRF token for writes
 * ({@link BrowserSessions}); anything else is 401.</li>
 * <li>{@code /open311/**}: an Open311 client's {@code api_key} ({@link Open311ApiKeyFilter}) or a
 * bearer token.</li>
 * <li>pages and the Camunda webapps log in through Keycloak (authorization code flow, its login
 * theme {@code keycloak/themes/gridcase}), with the user's engine groups as authorities
 * ({@link EngineGroupsOidcMapper}); logging out ends the Keycloak session too.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain engineRestSecurity(HttpSecurity http, EngineGroupsJwtConverter tokens) throws Exception {
		return stateless(bearerOnly(http, SecurityPaths.ENGINE_REST, tokens)).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, EngineGroupsJwtConverter tokens) throws Exception {
		return BrowserSessions.honouredWithCsrf(answeringProblems(bearerOnly(http, SecurityPaths.API, tokens))).build();
	}

	/** Open311: an {@code api_key} of a client system or a bearer token; errors in Open311's format. */
	@Bean
	@Order(3)
	SecurityFilterChain open311Security(HttpSecurity http, EngineGroupsJwtConverter tokens, Open311Keys keys)
			throws Exception {
		Open311SecurityAnswers answers = new Open311SecurityAnswers(new BearerTokenAuthenticationEntryPoint());
		return stateless(bearerOnly(http, SecurityPaths.OPEN311, tokens))
			.oauth2ResourceServer(server -> server.authenticationEntryPoint(answers).accessDeniedHandler(answers))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(answers).accessDeniedHandler(answers))
			.addFilterBefore(new Open311ApiKeyFilter(keys), BearerTokenAuthenticationFilter.class)
			.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain applicationSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
			EngineGroupsJwtConverter tokens, EngineGroupsOidcMapper engineGroups,
			@Value("${gridcase.keycloak.issuer}") String issuer) throws Exception {
		KeycloakLogoutSuccessHandler endKeycloakSession = new KeycloakLogoutSuccessHandler(issuer);
		// PKCE also for the confidential client, as OAuth 2.1 and the realm ask
		DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers(SecurityPaths.PUBLIC)
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2Login(login -> login.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
				.userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(engineGroups)))
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)))
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), SecurityPaths.ACTUATOR))
			// the webapps' own logout button ends the Spring and the Keycloak session too
			.logout(logout -> logout.logoutRequestMatcher(new OrRequestMatcher(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout")))
				.logoutSuccessHandler(endKeycloakSession))
			.csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
			.build();
	}

	private static HttpSecurity bearerOnly(HttpSecurity http, RequestMatcher paths,
			EngineGroupsJwtConverter tokens) throws Exception {
		return http.securityMatcher(paths)
			.authorizeHttpRequests(requests -> requests.requestMatchers(SecurityPaths.PUBLIC_API, SecurityPaths.OPEN311_READ)
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)));
	}

	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
	}

	/** 401 and 403 as problem+json, the 401 still challenging for a bearer token (with its error). */
	private static HttpSecurity answeringProblems(HttpSecurity http) throws Exception {
		ProblemAuthenticationEntryPoint unauthorized = ProblemAuthenticationEntryPoint
			.after(new BearerTokenAuthenticationEntryPoint());
		ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler();
		return http
			.oauth2ResourceServer(server -> server.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden));
	}

}
