package org.gridcase.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gridcase.intake.Open311ClientAuthentication;
import org.gridcase.intake.Open311Responses;
import org.gridcase.shared.UserTexts;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each Open311 API key may make as many calls per minute as its key says (reads and writes
 * alike, per node); over that it answers 429 with {@code Retry-After}, in Open311's error format.
 * Runs after security, which tells the key.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
class Open311ClientRateLimit extends OncePerRequestFilter {

	/** One bucket set per limit in use; buckets keyed by the key's id. */
	private final Map<Long, KeyedBuckets> perLimit = new ConcurrentHashMap<>();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !(SecurityContextHolder.getContext().getAuthentication() instanceof Open311ClientAuthentication);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var client = ((Open311ClientAuthentication) SecurityContextHolder.getContext().getAuthentication()).client();
		long perMinute = client.requestsPerMinute();
		long retryAfter = this.perLimit
			.computeIfAbsent(perMinute,
					requests -> new KeyedBuckets(new RateLimitProperties.Limit(requests, Duration.ofMinutes(1))))
			.take(client.keyId().toString());
		if (retryAfter > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
			Open311Responses.writeError(request, response, HttpStatus.TOO_MANY_REQUESTS,
					UserTexts.get("open311.key.too-many-requests", String.valueOf(perMinute),
							String.valueOf(retryAfter)));
			return;
		}
		chain.doFilter(request, response);
	}

}
