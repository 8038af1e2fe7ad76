package org.gridcase.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's login session: the form login, then Cockpit opened once so the webapps know the
 * user; requests carry the session cookie (and the webapps' XSRF token) as Cockpit's do.
 */
final class WebappSession {

	private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	private WebappSession(HttpClient http, String base) {
		this.http = http;
		this.base = base;
	}

	static WebappSession logIn(HttpClient http, int port, String username, String password) throws Exception {
		WebappSession session = new WebappSession(http, "http://localhost:" + port);
		HttpResponse<String> page = session.send(HttpRequest.newBuilder(session.uri("/login")));
		Matcher csrf = LOGIN_CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)));
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Login of " + username + " failed: " + login.statusCode());
		}
		session.send(HttpRequest.newBuilder(session.uri("/camunda/app/cockpit/default/")));
		HttpResponse<String> user = session.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default")));
		if (user.statusCode() != 200) {
			throw new IllegalStateException("Cockpit does not see " + username + ": " + user.statusCode());
		}
		user.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> session.cookies.putIfAbsent("XSRF-TOKEN", token));
		return session;
	}

	/** A GET as the logged-in browser sends it. */
	HttpRequest get(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
		addCookies(request);
		String xsrf = this.cookies.get("XSRF-TOKEN");
		if (xsrf != null) {
			request.header("X-XSRF-TOKEN", xsrf);
		}
		return request.GET().build();
	}

	URI uri(String path) {
		return URI.create(this.base + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		addCookies(request);
		HttpResponse<String> response = this.http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		for (String header : response.headers().allValues("Set-Cookie")) {
			String pair = header.split(";", 2)[0];
			int equals = pair.indexOf('=');
			if (equals > 0) {
				this.cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
			}
		}
		return response;
	}

	private void addCookies(HttpRequest.Builder request) {
		if (!this.cookies.isEmpty()) {
			request.header("Cookie", this.cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
