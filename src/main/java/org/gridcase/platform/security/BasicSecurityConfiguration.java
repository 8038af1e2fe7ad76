package org.gridcase.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.gridcase.intake.Open311Keys;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Without Keycloak, users are the engine's own ({@link EngineIdentityAuthenticationProvider}).
 * <ul>
 * <li>{@code /engine-rest/**}: stateless HTTP Basic; an open engine REST API would let anyone
 * deploy a script, which is remote code execution. No session cookie is honoured there, so
 * cross-site requests cannot ride on a browser login.</li>
 * <li>{@code /api/**}: HTTP Basic, or the browser's login session with a CSRF token for writes
 * ({@link BrowserSessions}).</li>
 * <li>{@code /open311/**}: stateless; an Open311 client's {@code api_key} ({@link Open311ApiKeyFilter})
 * or HTTP Basic.</li>
 * <li>everything else: our form login page ({@link LoginPageController}) with a session, then
 * the page the user wanted (Tasklist if none); the Camunda webapps keep their own CSRF
 * protection.</li>
 * </ul>
 * A user who still has their first password reaches nothing but the page to change it
 * ({@link FirstPasswordGate}). A request that is not logged in opens no session: the page it
 * wanted is remembered in a cookie of the browser ({@link CookieRequestCache}), the API saves
 * nothing; only the login pages hold a session (for their forms' CSRF token), so a flood of
 * anonymous requests costs no memory.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
class BasicSecurityConfiguration {

	/** Where a login goes when the user asked for no page in particular. */
	static final String AFTER_LOGIN = "/camunda/app/tasklist/default/";

	@Bean
	@Order(1)
	SecurityFilterChain engineRestSecurity(HttpSecurity http) throws Exception {
		return gated(stateless(basic(http, SecurityPaths.ENGINE_REST))).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return gated(BrowserSessions.honouredWithCsrf(answeringProblems(basic(http, SecurityPaths.API)))).build();
	}

	/** Open311: an {@code api_key} of a client system or HTTP Basic; errors in Open311's format. */
	@Bean
	@Order(3)
	SecurityFilterChain open311Security(HttpSecurity http, Open311Keys keys) throws Exception {
		Open311SecurityAnswers answers = new Open311SecurityAnswers(ProblemAuthenticationEntryPoint.basicChallenge());
		return gated(stateless(basic(http, SecurityPaths.OPEN311)))
			.httpBasic(basic -> basic.authenticationEntryPoint(answers))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(answers).accessDeniedHandler(answers))
			.addFilterBefore(new Open311ApiKeyFilter(keys), BasicAuthenticationFilter.class)
			.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain applicationSecurity(HttpSecurity http) throws Exception {
		return gated(http)
			.authorizeHttpRequests(requests -> requests.requestMatchers(SecurityPaths.PUBLIC)
				.permitAll()
				.requestMatchers("/login")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl(AFTER_LOGIN))
			.requestCache(cache -> cache.requestCache(pagesRememberedByTheBrowser()))
			.httpBasic(Customizer.withDefaults())
			// registered before form login's own entry point, so these win
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						SecurityPaths.ACTUATOR)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login?expired"),
						BasicSecurityConfiguration::pageOfAnExpiredSession))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
			.build();
	}

	/** Changes to the engine's users, groups and tenants through this node apply to HTTP Basic at once. */
	@Bean
	FilterRegistrationBean<IdentityWritesForgetLogins> identityWritesForgetLogins(VerifiedLogins verifiedLogins) {
		var registration = new FilterRegistrationBean<>(new IdentityWritesForgetLogins(verifiedLogins));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	private static HttpSecurity gated(HttpSecurity http) {
		return http.addFilterAfter(new FirstPasswordGate(), AuthorizationFilter.class);
	}

	/**
	 * The page a browser opened before logging in is remembered in a cookie of its own, not in a
	 * session; only pages (not a webapp's calls, icons or programs' requests) are worth returning to.
	 */
	private static CookieRequestCache pagesRememberedByTheBrowser() {
		CookieRequestCache cache = new CookieRequestCache();
		cache.setRequestMatcher(BasicSecurityConfiguration::pageOpened);
		return cache;
	}

	private static boolean pageOpened(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return "GET".equals(request.getMethod()) && request.getHeader("X-Requested-With") == null && accept != null
				&& accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	/** A page (not a webapp's call) asked for with the cookie of a session that timed out. */
	private static boolean pageOfAnExpiredSession(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
				&& request.getHeader("X-Requested-With") == null;
	}

	private static HttpSecurity basic(HttpSecurity http, RequestMatcher paths) throws Exception {
		return http.securityMatcher(paths)
			.authorizeHttpRequests(requests -> requests.requestMatchers(SecurityPaths.PUBLIC_API, SecurityPaths.OPEN311_READ)
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults());
	}

	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
	}

	/** 401 and 403 as problem+json, the 401 still challenging for HTTP Basic. */
	private static HttpSecurity answeringProblems(HttpSecurity http) throws Exception {
		ProblemAuthenticationEntryPoint unauthorized = ProblemAuthenticationEntryPoint.basic();
		return http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(new ProblemAccessDeniedHandler()));
	}

}
