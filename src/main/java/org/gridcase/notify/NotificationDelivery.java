package org.gridcase.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one stored message, from its job: through its channel's gateway, keyed by the message id,
 * and marks it sent in the job's transaction. A message already sent is not sent again; a gateway
 * failure throws, so the job is retried and ends in an incident when its retries run out.
 */
@Service
@Transactional
public class NotificationDelivery {

	private final JdbcClient jdbc;

	private final Map<NotificationChannel, ChannelGateway> gateways;

	private final Clock clock;

	NotificationDelivery(JdbcClient jdbc, List<ChannelGateway> gateways, Clock clock) {
		this.jdbc = jdbc;
		this.gateways = gateways.stream().collect(Collectors.toMap(ChannelGateway::channel, Function.identity()));
		this.clock = clock;
	}

	public void send(UUID notificationId) {
		Delivery delivery = this.jdbc.sql("select * from notification where id = ? for update")
			.param(notificationId)
			.query((rs, row) -> rs.getTimestamp("sent_at") != null ? null
					: new Delivery(notificationId, NotificationChannel.valueOf(rs.getString("channel")),
							rs.getString("recipient"), rs.getString("address"), rs.getString("subject"),
							rs.getString("body")))
			.optional()
			.orElse(null);
		if (delivery == null) {
			return;
		}
		ChannelGateway gateway = this.gateways.get(delivery.channel());
		if (gateway == null) {
			throw new IllegalStateException("No gateway for " + delivery.channel() + " is set up");
		}
		gateway.send(delivery);
		this.jdbc.sql("update notification set sent_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), notificationId)
			.update();
	}

	/**
	 * A message on its way.
	 *
	 * @param id the idempotency key gateways receive
	 */
	record Delivery(UUID id, NotificationChannel channel, String recipient, String address, String subject,
			String body) {
	}

}
