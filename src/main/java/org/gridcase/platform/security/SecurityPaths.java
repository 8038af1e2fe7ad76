package org.gridcase.platform.security;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The paths security treats differently.
 */
final class SecurityPaths {

	static final RequestMatcher ENGINE_REST = PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");

	static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	/** Called by programs, not browsers: answer 401 instead of redirecting to a login page. */
	static final RequestMatcher ACTUATOR = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");

	/** Status by tracking number, for residents: open to anyone. */
	static final RequestMatcher PUBLIC_API = PathPatternRequestMatcher.withDefaults().matcher("/api/public/**");

	/** Open311 GeoReport v2: reading services and requests is open, filing is not. */
	static final RequestMatcher OPEN311 = PathPatternRequestMatcher.withDefaults().matcher("/open311/**");

	static final RequestMatcher OPEN311_READ = PathPatternRequestMatcher.withDefaults()
		.matcher(org.springframework.http.HttpMethod.GET, "/open311/**");

	/** The satisfaction visit a reporter answers from the one-time link in their message (notify). */
	static final String SATISFACTION_VISIT = "/visit/*";

	static final String[] PUBLIC = { "/actuator/health/liveness", "/actuator/health/readiness", "/error", "/favicon.ico", SATISFACTION_VISIT };

	private SecurityPaths() {
	}

}
