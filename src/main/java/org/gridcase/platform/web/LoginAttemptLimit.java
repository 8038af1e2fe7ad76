package org.gridcase.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gridcase.shared.UserTexts;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Passwords cannot be guessed at speed: failed logins (form login {@code POST /login}, HTTP Basic
 * anywhere) are counted per client address and per user name
 * ({@code gridcase.rate-limits.login-failures-per-address}, {@code …-per-user}); once either is
 * used up, every login attempt from that address or for that user — even with the right password
 * — answers 429 before it is checked, until the window has passed. A browser posting the login
 * form is sent to the login page, which answers 429 saying so in Chinese.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class LoginAttemptLimit extends OncePerRequestFilter {

	/** Set while this thread serves a login attempt; true once its password was refused. */
	private static final ThreadLocal<Boolean> FAILED = new ThreadLocal<>();

	private final ClientAddress clientAddress;

	private final KeyedBuckets perAddress;

	private final KeyedBuckets perUser;

	LoginAttemptLimit(ClientAddress clientAddress, RateLimitProperties properties) {
		this.clientAddress = clientAddress;
		this.perAddress = new KeyedBuckets(properties.loginFailuresPerAddress());
		this.perUser = new KeyedBuckets(properties.loginFailuresPerUser());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return username(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = this.clientAddress.of(request);
		String username = username(request);
		long retryAfter = Math.max(this.perAddress.waitFor(address), this.perUser.waitFor(username));
		if (retryAfter > 0) {
			if (isBrowserFormLogin(request)) {
				// our login page says it in Chinese, answering 429 itself
				response.sendRedirect(request.getContextPath() + "/login?locked=" + retryAfter);
				return;
			}
			TooManyRequests.answer(response, retryAfter, UserTexts.get("problem.too-many-logins"));
			return;
		}
		FAILED.set(Boolean.FALSE);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (FAILED.get()) {
				this.perAddress.spend(address);
				this.perUser.spend(username);
			}
			FAILED.remove();
		}
	}

	/** Spring Security refused a password (in the thread serving the attempt). */
	@EventListener
	void loginFailed(AuthenticationFailureBadCredentialsEvent event) {
		if (FAILED.get() != null) {
			FAILED.set(Boolean.TRUE);
		}
	}

	/** The login page's form posted by a browser (which wants a page back, not a problem). */
	private static boolean isBrowserFormLogin(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return request.getHeader(HttpHeaders.AUTHORIZATION) == null && accept != null && accept.contains("text/html");
	}

	/** The user name a login attempt names, or null if the request is none. */
	private static String username(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		String username = null;
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				username = credentials.contains(":") ? credentials.substring(0, credentials.indexOf(':')) : credentials;
			}
			catch (IllegalArgumentException notBase64) {
				username = "";
			}
		}
		else if ("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			username = request.getParameter("username");
			username = username == null ? "" : username;
		}
		return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
	}

}
