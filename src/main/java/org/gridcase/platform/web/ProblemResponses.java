package org.gridcase.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes an {@code application/problem+json} answer (RFC 9457) from a servlet filter or a
 * security handler, where no controller advice applies.
 */
public final class ProblemResponses {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ProblemResponses() {
	}

	public static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		write(response, status, title, detail, Map.of());
	}

	/** @param properties further members of the problem, e.g. {@code errors} */
	public static void write(HttpServletResponse response, HttpStatus status, String title, String detail,
			Map<String, Object> properties) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.putAll(properties);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getWriter(), problem);
	}

}
