package org.gridcase.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.gridcase.grid.StaffContacts;
import org.gridcase.grid.StaffContacts.StaffContact;
import org.gridcase.intake.ReporterContacts.ReporterContact;
import org.gridcase.shared.District;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Composes messages from the templates and posts them to the {@link Outbox}: to a reporter
 * through each contact they left, to a member of staff through each channel they chose (held
 * until their quiet hours end unless it is an emergency). A channel that is not set up (no SMS
 * gateway, no SMTP server, no phone or address) is skipped.
 */
@Component
class Messages {

	private final NotificationTemplates templates;

	private final NotificationPreferences preferences;

	private final StaffContacts staff;

	private final Outbox outbox;

	private final NotifyProperties properties;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	Messages(NotificationTemplates templates, NotificationPreferences preferences, StaffContacts staff, Outbox outbox,
			NotifyProperties properties, ObjectProvider<JavaMailSender> mail, Clock clock) {
		this.templates = templates;
		this.preferences = preferences;
		this.staff = staff;
		this.outbox = outbox;
		this.properties = properties;
		this.mail = mail;
		this.clock = clock;
	}

	void toReporter(NotificationKind kind, ReporterContact reporter, UUID caseId, Map<String, String> variables) {
		Map<String, String> all = new HashMap<>(variables);
		all.put("trackingNumber", reporter.trackingNumber());
		all.put("reporterName", reporter.name() == null ? "" : reporter.name());
		Instant now = this.clock.instant();
		String key = kind + ":" + reporter.reportId() + ":";
		if (reporter.phone() != null && this.properties.sms().isConfigured()) {
			post(key + NotificationChannel.SMS, kind, NotificationChannel.SMS, reporter.trackingNumber(),
					reporter.phone(), all, caseId, false, now);
		}
		if (reporter.email() != null && this.mail.getIfAvailable() != null) {
			post(key + NotificationChannel.EMAIL, kind, NotificationChannel.EMAIL, reporter.trackingNumber(),
					reporter.email(), all, caseId, false, now);
		}
	}

	/**
	 * Tells a member of staff.
	 * @param event what the message is about, for telling it once, e.g. {@code task:<taskId>}
	 */
	void toStaff(NotificationKind kind, String username, String event, Map<String, String> variables, UUID caseId,
			boolean emergency) {
		NotificationPreferences.Preference preference = TransactionMemo.remembered("preference", username,
				() -> this.preferences.effective(username));
		StaffContact contact = TransactionMemo.remembered("contact", username,
				() -> this.staff.of(username).orElse(new StaffContact(username, username, null, null)));
		Map<String, String> all = new HashMap<>(variables);
		all.put("recipientName", contact.name());
		Instant now = this.clock.instant();
		Instant due = emergency ? now
				: preference.quietHours().map(quiet -> quiet.releaseOf(now, District.ZONE)).orElse(now);
		for (NotificationChannel channel : preference.channels()) {
			String address = addressOf(channel, contact, preference);
			if (address != null) {
				post(kind + ":" + event + ":" + username + ":" + channel, kind, channel, username, address, all, caseId,
						emergency, due);
			}
		}
	}

	private String addressOf(NotificationChannel channel, StaffContact contact,
			NotificationPreferences.Preference preference) {
		return switch (channel) {
			case SMS -> this.properties.sms().isConfigured() ? contact.phone() : null;
			case EMAIL -> this.mail.getIfAvailable() != null ? contact.email() : null;
			case WECOM -> preference.wecomWebhook();
			case DINGTALK -> preference.dingtalkWebhook();
		};
	}

	private void post(String dedupeKey, NotificationKind kind, NotificationChannel channel, String recipient,
			String address, Map<String, String> variables, UUID caseId, boolean emergency, Instant due) {
		TemplateView template = this.templates.get(kind, channel.format());
		Map<String, String> shown = PublicChannelPolicy.variablesFor(channel, variables);
		String subject = template.subject() == null ? null : MessageTemplates.render(template.subject(), shown);
		String body = MessageTemplates.render(template.body(), shown);
		this.outbox.post(new OutgoingMessage(dedupeKey, kind, channel, recipient, address, subject, body, caseId,
				emergency, due));
	}

}
