package org.gridcase.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through the SMTP server of {@code spring.mail.*}; the message id is the Message-ID.
 */
@Component
@ConditionalOnBean(JavaMailSender.class)
class MailGateway implements ChannelGateway {

	private final JavaMailSender sender;

	private final NotifyProperties properties;

	MailGateway(JavaMailSender sender, NotifyProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public NotificationChannel channel() {
		return NotificationChannel.EMAIL;
	}

	@Override
	public void send(NotificationDelivery.Delivery delivery) {
		MimeMessage message = this.sender.createMimeMessage();
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
		this.sender.send(message);
	}

}
