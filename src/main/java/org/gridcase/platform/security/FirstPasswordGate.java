package org.gridcase.platform.security;

import org.gridcase.shared.UserTexts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gridcase.platform.web.ProblemResponses;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Without Keycloak: a user who still has the first password an administrator gave them (their
 * authentication carries {@link #AUTHORITY}) reaches nothing but the page to change it: a page
 * they open is remembered and they are sent to {@value #PAGE}; any other request (the APIs, a
 * webapp's calls) is answered 403.
 */
final class FirstPasswordGate extends OncePerRequestFilter {

	static final String PAGE = "/login/password";

	/** Granted at login to users who must still replace their first password. */
	static final SimpleGrantedAuthority AUTHORITY = new SimpleGrantedAuthority("FIRST_PASSWORD");

	private final RequestCache requestCache = new HttpSessionRequestCache();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication == null || !authentication.getAuthorities().contains(AUTHORITY) || path.equals(PAGE)
				|| path.equals("/logout") || path.equals("/login")) {
			chain.doFilter(request, response);
			return;
		}
		boolean pageOpened = "GET".equals(request.getMethod()) && request.getHeader("X-Requested-With") == null
				&& !path.startsWith("/api/") && !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/");
		if (pageOpened) {
			this.requestCache.saveRequest(request, response);
			response.sendRedirect(request.getContextPath() + PAGE);
			return;
		}
		ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Forbidden", UserTexts.get("password.change-first", PAGE));
	}

}
