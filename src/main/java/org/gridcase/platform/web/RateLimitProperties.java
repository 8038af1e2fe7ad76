package org.gridcase.platform.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often one client may call what anyone may call, and guess passwords. Counted per node in
 * memory: with several nodes behind a balancer a client gets up to that many times as much.
 *
 * @param trustedProxies addresses or CIDR ranges of reverse proxies whose
 * {@code X-Forwarded-For} names the client; from anyone else the header is ignored
 * @param publicStatus {@code GET /api/public/**} per client address
 * @param open311Read {@code GET /open311/**} without credentials, per client address
 * @param loginFailuresPerAddress failed logins (form or HTTP Basic) per client address
 * @param loginFailuresPerUser failed logins per user name, from any address
 * @param satisfactionVisit {@code /visit/**} (the reporter's satisfaction page, GET and POST) per client address
 */
@ConfigurationProperties("gridcase.rate-limits")
public record RateLimitProperties(List<String> trustedProxies, Limit publicStatus, Limit open311Read,
		Limit loginFailuresPerAddress, Limit loginFailuresPerUser, Limit satisfactionVisit) {

	public RateLimitProperties {
		trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
		publicStatus = publicStatus == null ? new Limit(60, Duration.ofMinutes(1)) : publicStatus;
		open311Read = open311Read == null ? new Limit(60, Duration.ofMinutes(1)) : open311Read;
		loginFailuresPerAddress = loginFailuresPerAddress == null ? new Limit(20, Duration.ofMinutes(15))
				: loginFailuresPerAddress;
		loginFailuresPerUser = loginFailuresPerUser == null ? new Limit(5, Duration.ofMinutes(15))
				: loginFailuresPerUser;
		satisfactionVisit = satisfactionVisit == null ? new Limit(20, Duration.ofMinutes(10)) : satisfactionVisit;
	}

	/**
	 * At most {@code requests} per {@code window} (which starts with a key's first request).
	 */
	public record Limit(long requests, Duration window) {

		public Limit {
			if (requests < 1 || window == null || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("A rate limit needs requests >= 1 and a positive window");
			}
		}

	}

}
