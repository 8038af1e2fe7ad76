package org.gridcase.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Our own pages (the phone page, Tasklist and Cockpit plugins, printable views) call
 * {@code /api/**} with the browser's login session. The session is honoured there but never
 * created, and a write that rides on it must carry the session's CSRF token (header
 * {@code X-CSRF-TOKEN}, from {@code GET /api/session}); programs that send their own
 * credentials (HTTP Basic, a bearer token) are not asked for one, since a browser never adds
 * such a header to a cross-site request by itself. A request refused for want of a login is not
 * remembered for after one (the API answers 401, it sends nobody to a login page), so it opens
 * no session either.
 */
final class BrowserSessions {

	private static final RequestMatcher SESSION_WITHOUT_CREDENTIALS = BrowserSessions::ridesOnSession;

	private BrowserSessions() {
	}

	static HttpSecurity honouredWithCsrf(HttpSecurity http) throws Exception {
		return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(
					new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER, SESSION_WITHOUT_CREDENTIALS)));
	}

	private static boolean ridesOnSession(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getRequestedSessionId() != null;
	}

}
