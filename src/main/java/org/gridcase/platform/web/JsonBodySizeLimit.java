package org.gridcase.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"title\":\"Payload too large\",\"status\":413,\"detail\":\"请求体不得超过 1 MB\","
						+ "\"errors\":[{\"field\":\"body\",\"message\":\"exceeds " + MAX_BYTES + " bytes\"}]}");
			return;
		}
		chain.doFilter(request, response);
	}

}
