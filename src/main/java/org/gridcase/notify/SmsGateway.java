package org.gridcase.notify;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * SMS through a generic HTTP gateway ({@code gridcase.notify.sms.url}, {@code ….token}):
 * {@code POST <url>} with {@code Authorization: Bearer <token>}, {@code Idempotency-Key: <id>}
 * and {@code {"id": "<id>", "to": "<phone>", "text": "<message>"}}; any 2xx is taken as accepted.
 */
@Component
class SmsGateway implements ChannelGateway {

	private final RestClient http;

	private final NotifyProperties.Sms sms;

	SmsGateway(RestClient.Builder http, NotifyProperties properties) {
		this.http = GatewayHttp.client(http);
		this.sms = properties.sms();
	}

	@Override
	public NotificationChannel channel() {
		return NotificationChannel.SMS;
	}

	@Override
	public void send(NotificationDelivery.Delivery delivery) {
		if (!this.sms.isConfigured()) {
			throw new IllegalStateException("No SMS gateway is set up (gridcase.notify.sms.url)");
		}
		this.http.post()
			.uri(this.sms.url())
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> {
				if (this.sms.token() != null) {
					headers.setBearerAuth(this.sms.token());
				}
				headers.set("Idempotency-Key", delivery.id().toString());
			})
			.body(Map.of("id", delivery.id().toString(), "to", delivery.address(), "text", delivery.body()))
			.retrieve()
			.toBodilessEntity();
	}

}
