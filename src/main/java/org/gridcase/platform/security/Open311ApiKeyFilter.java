package org.gridcase.platform.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.gridcase.intake.Open311Client;
import org.gridcase.intake.Open311ClientAuthentication;
import org.gridcase.intake.Open311Keys;
import org.gridcase.intake.Open311Responses;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates Open311 calls by their {@code api_key} (query parameter, form field, or member of
 * a JSON body), as GeoReport v2 clients send it: a valid, active key makes the request its
 * client's ({@link Open311ClientAuthentication}); an unknown or revoked key answers 401 in the
 * Open311 error format. Calls without a key go on to the other ways of logging in.
 */
final class Open311ApiKeyFilter extends OncePerRequestFilter {

	static final String API_KEY = "api_key";

	/** JSON bodies larger than this are left to the body size limit (413), unread. */
	private static final long MAX_JSON_BYTES = 1024 * 1024;

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Open311Keys keys;

	Open311ApiKeyFilter(Open311Keys keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest passed = request;
		String apiKey = request.getParameter(API_KEY);
		if (apiKey == null && isSmallJsonPost(request)) {
			ReadBody body = new ReadBody(request);
			apiKey = body.apiKey();
			passed = body;
		}
		if (apiKey == null || apiKey.isBlank()) {
			chain.doFilter(passed, response);
			return;
		}
		Optional<Open311Client> client = this.keys.authenticate(apiKey.trim());
		if (client.isEmpty()) {
			Open311Responses.writeError(request, response, HttpStatus.UNAUTHORIZED, UserTexts.get("open311.key.invalid"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new Open311ClientAuthentication(client.get()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(passed, response);
	}

	private static boolean isSmallJsonPost(HttpServletRequest request) {
		String contentType = request.getContentType();
		return "POST".equals(request.getMethod()) && contentType != null
				&& contentType.startsWith(MediaType.APPLICATION_JSON_VALUE) && request.getContentLengthLong() >= 0
				&& request.getContentLengthLong() <= MAX_JSON_BYTES;
	}

	/** A JSON body read once to find the key, then given to the controller as sent. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request) throws IOException {
			super(request);
			this.body = request.getInputStream().readNBytes((int) MAX_JSON_BYTES);
		}

		String apiKey() {
			try {
				JsonNode key = JSON.readTree(this.body).path(API_KEY);
				return key.isValueNode() ? key.asText() : null;
			}
			catch (IOException notJson) {
				return null;
			}
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("blocking body");
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					java.nio.charset.StandardCharsets.UTF_8));
		}

	}

}
