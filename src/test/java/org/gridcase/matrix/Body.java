package org.gridcase.matrix;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request body and its media type.
 */
record Body(String contentType, byte[] bytes) {

	static final Body NONE = new Body(null, new byte[0]);

	private static final String BOUNDARY = "gridcase-matrix-boundary";

	static Body json(String json) {
		return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	static Body form(Map<String, String> fields) {
		return new Body("application/x-www-form-urlencoded", fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"))
			.getBytes(StandardCharsets.UTF_8));
	}

	/** One part per entry; a name {@code part:filename} makes a file part. */
	static Body multipart(Map<String, String> parts) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		parts.forEach((name, content) -> {
			String[] nameAndFile = name.split(":", 2);
			StringBuilder head = new StringBuilder("--").append(BOUNDARY)
				.append("\r\nContent-Disposition: form-data; name=\"")
				.append(nameAndFile[0])
				.append('"');
			if (nameAndFile.length == 2) {
				head.append("; filename=\"").append(nameAndFile[1]).append("\"\r\nContent-Type: ")
					.append(nameAndFile[1].endsWith(".json") ? "application/json" : "application/octet-stream");
			}
			else if (content.startsWith("{")) {
				head.append("\r\nContent-Type: application/json");
			}
			head.append("\r\n\r\n");
			body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Body("multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
