package org.gridcase.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gridcase.ApiClient;

/**
 * Sends the matrix's requests over one HTTP client: HTTP Basic for our API and {@code /engine-rest},
 * a form-login session with the webapps' XSRF token for {@code /camunda/api}. Follows no redirects.
 */
final class MatrixClient {

	private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final int port;

	/** One webapp session per principal (cookies by name). */
	private final Map<Principal, Map<String, String>> sessions = new ConcurrentHashMap<>();

	MatrixClient(int port) {
		this.port = port;
	}

	HttpResponse<String> send(Principal principal, Surface surface, String method, String path, Body body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + surface.root() + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.method(method, body.contentType() == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body.bytes()));
		if (body.contentType() != null) {
			request.header("Content-Type", body.contentType());
		}
		if (principal.isAnonymous()) {
			request.header("X-Requested-With", "XMLHttpRequest");
			return exchange(request, null);
		}
		if (!surface.usesSession()) {
			return exchange(request.header("Authorization", ApiClient.basic(principal.login(), principal.password())), null);
		}
		Map<String, String> cookies = this.sessions.computeIfAbsent(principal, this::newSession);
		request.header("X-Requested-With", "XMLHttpRequest");
		String xsrf = cookies.get("XSRF-TOKEN");
		if (xsrf != null) {
			request.header("X-XSRF-TOKEN", xsrf);
		}
		return exchange(request, cookies);
	}

	/**
	 * Logs into the webapps through the form login and fetches the webapps' XSRF token, unless
	 * already done; throws if that fails.
	 */
	void logIn(Principal principal) {
		this.sessions.computeIfAbsent(principal, this::newSession);
	}

	private Map<String, String> newSession(Principal principal) {
		Map<String, String> cookies = new ConcurrentHashMap<>();
		HttpResponse<String> page = exchange(HttpRequest.newBuilder(uri("/login")), cookies);
		Matcher csrf = LOGIN_CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page: " + page.statusCode());
		}
		HttpResponse<String> login = exchange(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofByteArray(Body
				.form(Map.of("username", principal.login(), "password", principal.password(), "_csrf", csrf.group(1)))
				.bytes())), cookies);
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Form login of " + principal.login() + " failed: " + login.statusCode() + " "
					+ login.headers().firstValue("Location").orElse(""));
		}
		// opening a webapp sets up its authentication in the session and hands out the XSRF token
		exchange(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")), cookies);
		HttpResponse<String> user = exchange(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default"))
			.header("Accept", "application/json"), cookies);
		if (user.statusCode() != 200 || !user.body().contains("\"userId\":\"" + principal.login() + "\"")) {
			throw new IllegalStateException("The webapps do not see " + principal.login() + " logged in: "
					+ user.statusCode() + " " + user.body());
		}
		user.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> cookies.putIfAbsent("XSRF-TOKEN", token));
		if (!cookies.containsKey("XSRF-TOKEN")) {
			throw new IllegalStateException("The webapps gave " + principal.login() + " no XSRF token");
		}
		return cookies;
	}

	private HttpResponse<String> exchange(HttpRequest.Builder request, Map<String, String> cookies) {
		if (cookies != null && !cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (cookies != null) {
				remember(response, cookies);
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void remember(HttpResponse<String> response, Map<String, String> cookies) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			String pair = header.split(";", 2)[0];
			int equals = pair.indexOf('=');
			if (equals > 0) {
				String name = pair.substring(0, equals).trim();
				String value = pair.substring(equals + 1).trim();
				if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
