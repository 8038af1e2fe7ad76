package org.gridcase.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gridcase.intake.Open311Responses;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 of {@code /open311/**} in GeoReport v2's error format (XML for {@code .xml}
 * paths), the 401 still challenging for the login scheme of the profile.
 */
final class Open311SecurityAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final AuthenticationEntryPoint challenge;

	Open311SecurityAnswers(AuthenticationEntryPoint challenge) {
		this.challenge = challenge;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		this.challenge.commence(request, response, ex);
		Open311Responses.writeError(request, response, HttpStatus.UNAUTHORIZED,
				UserTexts.get("open311.key.required"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Open311Responses.writeError(request, response, HttpStatus.FORBIDDEN, UserTexts.get("problem.forbidden"));
	}

}
