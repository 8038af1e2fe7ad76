package org.gridcase.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a password checked over HTTP Basic is trusted before the engine checks it again
 * ({@link VerifiedLogins}).
 *
 * @param window how long a verified login (password, groups, tenants, first-password state) is
 * reused; also the longest a change made elsewhere (another node, the database) takes to apply
 * here. {@code 0s} checks every request again.
 * @param maxUsers how many users' verified logins a node keeps at most
 */
@ConfigurationProperties("gridcase.security.verified-logins")
record VerifiedLoginProperties(Duration window, Integer maxUsers) {

	VerifiedLoginProperties {
		window = window == null ? Duration.ofSeconds(10) : window;
		maxUsers = maxUsers == null ? 10_000 : maxUsers;
		if (window.isNegative() || maxUsers < 1) {
			throw new IllegalArgumentException("gridcase.security.verified-logins needs window >= 0s and max-users >= 1");
		}
	}

}
