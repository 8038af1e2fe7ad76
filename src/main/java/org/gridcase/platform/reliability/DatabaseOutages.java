package org.gridcase.platform.reliability;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletResponse;
import org.gridcase.platform.web.ProblemResponses;
import org.gridcase.shared.UserTexts;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells an unreachable database apart from every other failure, by the cause chain: no
 * connection from the pool in time, a refused or broken connection, a server shutting down or
 * starting up (SQL states {@code 08xxx}, {@code 57P01}-{@code 57P03}), a connection the pool closed
 * because it broke.
 */
public final class DatabaseOutages {

	/** Seconds a client should wait before trying again. */
	public static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseOutages() {
	}

	public static boolean isOutage(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof DataAccessResourceFailureException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isEvictedConnection(sql))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Answers 503 {@code application/problem+json} with {@code Retry-After}: for controllers
	 * ({@link DatabaseOutageResolver}) and for whatever fails before them ({@link DatabaseOutageFilter}).
	 */
	static void answerUnavailable(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
				UserTexts.get("problem.database-unavailable"));
	}

	/**
	 * HikariCP's "Connection is closed" (no SQL state): the pool closed a connection that broke
	 * under a transaction, which then fails to roll back on it (seen while PostgreSQL restarts).
	 */
	private static boolean isEvictedConnection(SQLException failure) {
		StackTraceElement[] trace = failure.getStackTrace();
		return failure.getSQLState() == null && trace.length > 0
				&& trace[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
	}

	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03"));
	}

}
