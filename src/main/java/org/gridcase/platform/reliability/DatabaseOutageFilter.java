package org.gridcase.platform.reliability;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outside every other filter, so that security (which looks up the caller's login in the
 * database), the engine REST API and the webapps answer an unreachable database as our API
 * does: 503 {@code application/problem+json} with {@code Retry-After}, not a 500 error page.
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter implements Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseOutages.isOutage(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unreachable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
					ex.toString());
			response.resetBuffer();
			DatabaseOutages.answerUnavailable(response);
		}
	}

	@Override
	public int getOrder() {
		return SecurityProperties.DEFAULT_FILTER_ORDER - 1;
	}

}
