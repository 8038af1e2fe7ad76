package org.gridcase.platform.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address a request comes from: the connection's peer, or, when that peer is a trusted
 * proxy, the last address in {@code X-Forwarded-For} that is not a trusted proxy itself.
 */
@Component
class ClientAddress {

	private final List<IpAddressMatcher> trustedProxies;

	ClientAddress(RateLimitProperties properties) {
		this.trustedProxies = properties.trustedProxies().stream().map(IpAddressMatcher::new).toList();
	}

	String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || !trusted(peer)) {
			return peer;
		}
		List<String> hops = Arrays.stream(forwarded.split(",")).map(String::trim).filter(hop -> !hop.isEmpty()).toList();
		for (int i = hops.size() - 1; i >= 0; i--) {
			if (!trusted(hops.get(i))) {
				return hops.get(i);
			}
		}
		return peer;
	}

	private boolean trusted(String address) {
		try {
			return this.trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
		}
		catch (IllegalArgumentException notAnAddress) {
			return false;
		}
	}

}
