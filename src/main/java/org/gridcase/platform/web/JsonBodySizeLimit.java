package org.gridcase.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.PayloadTooLargeException;

/**
 * JSON and form bodies sent to our API are small; anything over {@value #MAX_BYTES} bytes is
 * refused with 413 problem+json: before it is read when it declares its length, else (chunked)
 * as soon as reading passes the limit. Photos come as multipart, limited separately.
 */
@Component
class JsonBodySizeLimit extends OncePerRequestFilter {

	static final long MAX_BYTES = 1024 * 1024;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !(request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/open311/"))
				|| contentType == null || contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", UserTexts.get("problem.json-too-large"),
					Map.of("errors", List.of(Map.of("field", "body", "message", "exceeds " + MAX_BYTES + " bytes"))));
			return;
		}
		chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedBody(request) : request, response);
	}

	/** A body of unknown length that fails with 413 once more than the limit is read. */
	private static final class LimitedBody extends HttpServletRequestWrapper {

		LimitedBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream body = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = body.read();
					count(b < 0 ? 0 : 1);
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = body.read(buffer, offset, length);
					count(Math.max(n, 0));
					return n;
				}

				private void count(int n) {
					this.read += n;
					if (this.read > MAX_BYTES) {
						throw new PayloadTooLargeException(null);
					}
				}

				@Override
				public boolean isFinished() {
					return body.isFinished();
				}

				@Override
				public boolean isReady() {
					return body.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					body.setReadListener(listener);
				}

			};
		}

	}

}
