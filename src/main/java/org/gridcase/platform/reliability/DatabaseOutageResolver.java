package org.gridcase.platform.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request that failed because the database is unreachable answers 503
 * {@code application/problem+json} with {@code Retry-After}, before any other exception
 * handling turns it into a 500. The pool gives up after {@code spring.datasource.hikari.connection-timeout},
 * so callers learn of an outage within seconds and retry; nothing was written.
 */
@Component
class DatabaseOutageResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageResolver.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!DatabaseOutages.isOutage(ex) || response.isCommitted()) {
			return null;
		}
		log.warn("Database unreachable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
				ex.toString());
		try {
			DatabaseOutages.answerUnavailable(response);
		}
		catch (IOException io) {
			throw new UncheckedIOException(io);
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		// after DefaultErrorAttributes (which only records the exception), before @ExceptionHandler advice
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
