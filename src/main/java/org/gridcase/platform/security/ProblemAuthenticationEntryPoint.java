package org.gridcase.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gridcase.platform.web.ProblemResponses;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for our API and Open311 as {@code application/problem+json}, with the challenge a client
 * needs: the {@code WWW-Authenticate} header written by the scheme's own entry point (HTTP Basic,
 * or Bearer with the token's error) or the given Basic challenge.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final AuthenticationEntryPoint challenge;

	private ProblemAuthenticationEntryPoint(AuthenticationEntryPoint challenge) {
		this.challenge = challenge;
	}

	/** Challenges for HTTP Basic. */
	static ProblemAuthenticationEntryPoint basic() {
		return new ProblemAuthenticationEntryPoint(basicChallenge());
	}

	/** Only the HTTP Basic challenge header, for answers written otherwise. */
	static AuthenticationEntryPoint basicChallenge() {
		return (request, response, ex) -> response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				"Basic realm=\"GridCase\", charset=\"UTF-8\"");
	}

	/** Challenges as {@code scheme} does (it must only set headers and the status). */
	static ProblemAuthenticationEntryPoint after(AuthenticationEntryPoint scheme) {
		return new ProblemAuthenticationEntryPoint(scheme);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		this.challenge.commence(request, response, ex);
		ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", UserTexts.get("problem.unauthorized"));
	}

}
