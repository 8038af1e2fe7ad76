package org.gridcase.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A chat group's robot: WeCom (企业微信) and DingTalk (钉钉) custom robots take the same text
 * message, {@code POST <webhook url>} with {@code {"msgtype": "text", "text": {"content": "…"}}},
 * and answer {@code {"errcode": 0, …}} when they posted it. A DingTalk robot with signing (加签)
 * also gets {@code timestamp} (ms) and {@code sign} = URL-encoded Base64 of HMAC-SHA256 over
 * {@code timestamp + "\n" + secret}, keyed by the secret.
 */
class RobotWebhookGateway implements ChannelGateway {

	private final NotificationChannel channel;

	private final RestClient http;

	private final NotificationPreferences preferences;

	private final Clock clock;

	RobotWebhookGateway(NotificationChannel channel, RestClient.Builder http, NotificationPreferences preferences,
			Clock clock) {
		this.channel = channel;
		this.http = GatewayHttp.client(http);
		this.preferences = preferences;
		this.clock = clock;
	}

	@Override
	public NotificationChannel channel() {
		return this.channel;
	}

	@Override
	public void send(NotificationDelivery.Delivery delivery) {
		String url = delivery.address();
		if (this.channel == NotificationChannel.DINGTALK) {
			String secret = this.preferences.effective(delivery.recipient()).dingtalkSecret();
			if (secret != null) {
				url = signed(url, secret, this.clock.millis());
			}
		}
		JsonNode answer = this.http.post()
			.uri(java.net.URI.create(url))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("msgtype", "text", "text", Map.of("content", delivery.body())))
			.retrieve()
			.body(JsonNode.class);
		if (answer == null || answer.path("errcode").asInt(-1) != 0) {
			throw new IllegalStateException(this.channel + " robot refused message " + delivery.id() + ": " + answer);
		}
	}

	static String signed(String url, String secret, long timestamp) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] signature = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
			String sign = URLEncoder.encode(Base64.getEncoder().encodeToString(signature), StandardCharsets.UTF_8);
			return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign=" + sign;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
