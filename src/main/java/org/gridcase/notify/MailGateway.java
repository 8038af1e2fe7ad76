package org.gridcase.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through the SMTP server of {@code spring.mail.*} (Spring Boot makes the sender when
 * {@code spring.mail.host} is set); the message id is the Message-ID.
 */
@Component
class MailGateway implements ChannelGateway {

	private final ObjectProvider<JavaMailSender> senders;

	private final NotifyProperties properties;

	MailGateway(ObjectProvider<JavaMailSender> senders, NotifyProperties properties) {
		this.senders = senders;
		this.properties = properties;
	}

	@Override
	public NotificationChannel channel() {
		return NotificationChannel.EMAIL;
	}

	@Override
	public void send(NotificationDelivery.Delivery delivery) {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("No SMTP server is set up (spring.mail.host)");
		}
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper mail = new MimeMessageHelper(message, "UTF-8");
			mail.setFrom(this.properties.mailFrom());
			mail.setTo(delivery.address());
			mail.setSubject(delivery.subject());
			mail.setText(delivery.body());
			message.saveChanges();
			message.setHeader("Message-ID", "<" + delivery.id() + "@gridcase>");
		}
		catch (MessagingException ex) {
			throw new MailSendException("Could not compose message " + delivery.id(), ex);
		}
		sender.send(message);
	}

}
