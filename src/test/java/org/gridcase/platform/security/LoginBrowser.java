package org.gridcase.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser (cookies, no redirects followed) on our login pages, default profile.
 */
public final class LoginBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final int port;

	private final String clientAddress;

	public LoginBrowser(int port) {
		this(port, null);
	}

	/**
	 * A browser at {@code clientAddress} as the trusted local proxy names it (X-Forwarded-For), so
	 * that its failed logins use up no other test's allowance.
	 */
	public LoginBrowser(int port, String clientAddress) {
		this.port = port;
		this.clientAddress = clientAddress;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
	}

	/** Posts a form of the page at {@code formPage} (with its CSRF token) to {@code action}. */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		String page = get(formPage).body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF field on " + formPage + ": " + page);
		}
		String body = fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&", "", "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> login(String username, String password) {
		return submit("/login", "/login", Map.of("username", username, "password", password));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		if (this.clientAddress != null) {
			request.header("X-Forwarded-For", this.clientAddress);
		}
		try {
			return this.http.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

}
