package org.gridcase.identity;

import java.net.CookieHandler;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar for tests over plain http on localhost: keeps cookies per host and sends
 * them back, including those marked {@code Secure} (browsers treat localhost as a secure
 * context; {@link java.net.CookieManager} does not, and Keycloak marks its cookies Secure).
 */
final class BrowserCookies extends CookieHandler {

	private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

	@Override
	public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
		Map<String, String> cookies = this.byHost.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of());
		if (cookies.isEmpty()) {
			return Map.of();
		}
		return Map.of("Cookie", List.of(cookies.entrySet()
			.stream()
			.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "))));
	}

	@Override
	public void put(URI uri, Map<String, List<String>> responseHeaders) {
		Map<String, String> cookies = this.byHost.computeIfAbsent(uri.getHost() + ":" + uri.getPort(),
				host -> new ConcurrentHashMap<>());
		responseHeaders.forEach((name, values) -> {
			if ("Set-Cookie".equalsIgnoreCase(name)) {
				for (String value : values) {
					String pair = value.split(";", 2)[0];
					int equals = pair.indexOf('=');
					if (equals > 0) {
						String cookieName = pair.substring(0, equals).trim();
						String cookieValue = pair.substring(equals + 1).trim();
						if (cookieValue.isEmpty() || value.toLowerCase().contains("max-age=0")) {
							cookies.remove(cookieName);
						}
						else {
							cookies.put(cookieName, cookieValue);
						}
					}
				}
			}
		});
	}

}
