package org.gridcase.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gridcase.shared.UserTexts;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What anyone may read without logging in — the public status by tracking number, and Open311
 * reads by callers who are not logged in, the satisfaction page — is limited per client address
 * ({@code gridcase.rate-limits.public-status}, {@code ….open311-read}, {@code ….satisfaction-visit}). Runs right after
 * security, which tells who is logged in, and before any controller.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
class PublicEndpointRateLimit extends OncePerRequestFilter {

	private final ClientAddress clientAddress;

	private final KeyedBuckets publicStatus;

	private final KeyedBuckets open311Reads;

	private final KeyedBuckets satisfactionVisits;

	PublicEndpointRateLimit(ClientAddress clientAddress, RateLimitProperties properties) {
		this.clientAddress = clientAddress;
		this.publicStatus = new KeyedBuckets(properties.publicStatus());
		this.open311Reads = new KeyedBuckets(properties.open311Read());
		this.satisfactionVisits = new KeyedBuckets(properties.satisfactionVisit());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return limitOf(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long retryAfter = limitOf(request).take(this.clientAddress.of(request));
		if (retryAfter > 0) {
			TooManyRequests.answer(response, retryAfter, UserTexts.get("problem.too-many-queries"));
			return;
		}
		chain.doFilter(request, response);
	}

	private KeyedBuckets limitOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/visit/")) {
			return this.satisfactionVisits;
		}
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		if (path.startsWith("/api/public/")) {
			return this.publicStatus;
		}
		return path.startsWith("/open311/") && !loggedIn() ? this.open311Reads : null;
	}

	private static boolean loggedIn() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
	}

}
