package org.gridcase.notify;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * HTTP for gateways: a send that hangs fails (and is retried) instead of holding a job thread;
 * bodies go with a Content-Length (not chunked), which simple gateways need.
 */
final class GatewayHttp {

	private GatewayHttp() {
	}

	static RestClient client(RestClient.Builder builder) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		factory.setReadTimeout(Duration.ofSeconds(15));
		return builder.requestFactory(new BufferingClientHttpRequestFactory(factory)).build();
	}

}
