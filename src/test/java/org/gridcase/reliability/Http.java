package org.gridcase.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/** HTTP calls of the harness, as one login, with short timeouts. */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final String authorization;

	private Http(String username, String password) {
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static Http as(String username, String password) {
		return new Http(username, password);
	}

	/** Without credentials, as a balancer's probe asks. */
	static HttpResponse<String> anonymousGet(String url) throws IOException, InterruptedException {
		return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
				BodyHandlers.ofString());
	}

	static Http demo(String username) {
		return as(username, "demo123");
	}

	HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return CLIENT.send(request(url).GET().build(), BodyHandlers.ofString());
	}

	HttpResponse<Path> download(String url, Path file) throws IOException, InterruptedException {
		return CLIENT.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", this.authorization)
			.timeout(Duration.ofMinutes(5))
			.GET()
			.build(), BodyHandlers.ofFile(file));
	}

	HttpResponse<String> postJson(String url, String json, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder builder = request(url).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return CLIENT.send(builder.build(), BodyHandlers.ofString());
	}

	/** A report with one photo: the multipart parts {@code report} (JSON) and {@code photos}. */
	HttpResponse<String> postReportWithPhoto(String url, String json, byte[] png, String... headers)
			throws IOException, InterruptedException {
		String boundary = "faults-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"photo.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(png);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder builder = request(url).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray()));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return CLIENT.send(builder.build(), BodyHandlers.ofString());
	}

	String authorization() {
		return this.authorization;
	}

	private HttpRequest.Builder request(String url) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", this.authorization)
			.timeout(Duration.ofSeconds(30));
	}

}
