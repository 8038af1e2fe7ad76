package org.gridcase.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * JSON and form bodies sent to our API are small; anything over {@value #MAX_BYTES} bytes is
 * refused with 413 before it is read (photos come as multipart, limited separately).
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
			ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", "请求体不得超过 1 MB",
					Map.of("errors", List.of(Map.of("field", "body", "message", "exceeds " + MAX_BYTES + " bytes"))));
			return;
		}
		chain.doFilter(request, response);
	}

}
