package org.gridcase.notify;

/**
 * Hands a message to the outside: throws when the other side did not take it.
 */
interface ChannelGateway {

	NotificationChannel channel();

	void send(NotificationDelivery.Delivery delivery);

}
