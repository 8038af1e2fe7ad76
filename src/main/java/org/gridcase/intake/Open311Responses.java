package org.gridcase.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes Open311 documents in the format the path asks for ({@code .json} or {@code .xml}),
 * UTF-8, and errors as GeoReport v2's error list ({@code [{code, description}]}) — also from
 * security filters, where no controller runs.
 */
public final class Open311Responses {

	private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

	private static final XmlMapper XML_MAPPER = XmlMapper.builder()
		.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true)
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.build();

	private Open311Responses() {
	}

	/** Writes an Open311 error for a request to {@code /open311/**} (XML if its path ends in {@code .xml}). */
	public static void writeError(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String description) throws IOException {
		String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
		ResponseEntity<String> error = error(format, status, description);
		response.setStatus(status.value());
		response.setContentType(error.getHeaders().getContentType().toString());
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(error.getBody());
	}

	static ResponseEntity<String> error(String format, HttpStatus status, String description) {
		return errors(format, status, List.of(description));
	}

	static ResponseEntity<String> errors(String format, HttpStatus status, List<String> descriptions) {
		return render("xml".equals(format) ? "xml" : "json", status, new Open311Documents.Errors(
				descriptions.stream().map(description -> new Open311Documents.Error(status.value(), description)).toList()));
	}

	static ResponseEntity<String> render(String format, HttpStatus status, Object document) {
		try {
			return switch (format) {
				case "json" -> ResponseEntity.status(status)
					.contentType(JSON)
					.body(JSON_MAPPER.writeValueAsString(
							document instanceof Open311Documents.ListDocument list ? list.items() : document));
				case "xml" -> ResponseEntity.status(status).contentType(XML).body(XML_MAPPER.writeValueAsString(document));
				default -> error("json", HttpStatus.NOT_FOUND, UserTexts.get("open311.format-invalid"));
			};
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
