package org.gridcase.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gridcase.platform.web.ProblemResponses;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 for our API and Open311 as {@code application/problem+json}. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Forbidden", UserTexts.get("problem.forbidden"));
	}

}
