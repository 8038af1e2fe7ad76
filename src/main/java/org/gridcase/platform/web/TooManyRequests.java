package org.gridcase.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The answer once a rate limit is reached: 429 problem+json and when to try again. */
final class TooManyRequests {

	private TooManyRequests() {
	}

	static void answer(HttpServletResponse response, long retryAfterSeconds, String detail) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
				UserTexts.get("problem.too-many-requests", detail, String.valueOf(retryAfterSeconds)));
	}

}
