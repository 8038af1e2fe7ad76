package org.gridcase.platform.security;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Once a write to the engine's users, groups or tenants through this node succeeded (the Admin
 * webapp, the engine REST API: a new password, a removed user, an unlocked one, a membership),
 * every user's next request is checked by the engine again ({@link VerifiedLogins#forgetAll()}),
 * so that the change applies at once here; other nodes apply it within their window.
 */
final class IdentityWritesForgetLogins extends OncePerRequestFilter {

	/** The identity resources of the engine REST API and of the webapps' copy of it. */
	private static final Pattern IDENTITY_RESOURCE = Pattern
		.compile("/(?:engine-rest|camunda/api/engine)(?:/engine/[^/]+)?/(?:user|group|tenant)(?:/.*)?");

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final VerifiedLogins verifiedLogins;

	IdentityWritesForgetLogins(VerifiedLogins verifiedLogins) {
		this.verifiedLogins = verifiedLogins;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return READS.contains(request.getMethod()) || !IDENTITY_RESOURCE
			.matcher(request.getRequestURI().substring(request.getContextPath().length()))
			.matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (response.getStatus() < 400) {
				this.verifiedLogins.forgetAll();
			}
		}
	}

}
