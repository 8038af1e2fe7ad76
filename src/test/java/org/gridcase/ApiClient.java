package org.gridcase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls the running application over HTTP as a given user (or anonymously), following no
 * redirects, so tests see exactly what a client sees.
 */
public final class ApiClient {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	private final String authorization;

	private ApiClient(int port, String authorization) {
		this.port = port;
		this.authorization = authorization;
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient(port, null);
	}

	public static ApiClient as(int port, String username, String password) {
		return new ApiClient(port, basic(username, password));
	}

	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	public HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> putJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
	}

	/** Posts multipart/form-data with one CSV file part per (name, content) pair. */
	public HttpResponse<String> postFiles(String path, String... namesAndContents) {
		Part[] parts = new Part[namesAndContents.length / 2];
		for (int i = 0; i < namesAndContents.length; i += 2) {
			parts[i / 2] = new Part(namesAndContents[i], namesAndContents[i] + ".csv", "text/csv",
					namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
		}
		return postMultipart(path, parts);
	}

	/** Posts multipart/form-data with the given parts. */
	public HttpResponse<String> postMultipart(String path, Part... parts) {
		String boundary = "gridcase-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
					+ (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"") + "\r\nContent-Type: "
					+ part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray())));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.http.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		return request;
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** One part of a multipart body; {@code fileName} null for a plain field. */
	public record Part(String name, String fileName, String contentType, byte[] content) {

		public static Part json(String name, String json) {
			return new Part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
		}

	}

}
