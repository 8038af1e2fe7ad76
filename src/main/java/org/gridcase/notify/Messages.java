package org.gridcase.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.gridcase.grid.StaffContacts;
import org.gridcase.grid.StaffContacts.StaffContact;
import org.gridcase.intake.ReporterContacts.ReporterContact;
import org.gridcase.notify.NotificationPreferences.Preference;
import org.gridcase.shared.District;
import org.gridcase.shared.TransactionMemo;

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
	 * Tells members of staff (say, the holders of a group), each through the channels they chose.
	 * Their preferences and contacts are read in one statement each, and only for those who can be
	 * reached at all; the message's variables are composed only when somebody can.
	 * @param event what the message is about, for telling it once, e.g. {@code task:<taskId>}
	 */
	void toStaff(NotificationKind kind, List<String> usernames, String event, Supplier<Map<String, String>> variables,
			UUID caseId, boolean emergency) {
		Map<String, Preference> preferences = TransactionMemo.remembered("preferences", usernames,
				() -> this.preferences.effective(usernames));
		List<String> reachable = usernames.stream()
			.filter(username -> preferences.get(username).channels().stream().anyMatch(this::mayDeliver))
			.toList();
		if (reachable.isEmpty()) {
			return;
		}
		Map<String, StaffContact> contacts = TransactionMemo.remembered("contacts", reachable,
				() -> this.staff.of(reachable));
		Map<String, String> composed = variables.get();
		Instant now = this.clock.instant();
		for (String username : reachable) {
			Preference preference = preferences.get(username);
			StaffContact contact = contacts.getOrDefault(username, new StaffContact(username, username, null, null));
			Map<String, String> all = new HashMap<>(composed);
			all.put("recipientName", contact.name());
			Instant due = emergency ? now
					: preference.quietHours().map(quiet -> quiet.releaseOf(now, District.ZONE)).orElse(now);
			for (NotificationChannel channel : preference.channels()) {
				String address = addressOf(channel, contact, preference);
				if (address != null) {
					post(kind + ":" + event + ":" + username + ":" + channel, kind, channel, username, address, all,
							caseId, emergency, due);
				}
			}
		}
	}

	/** Whether a channel can carry a message at all here (SMS needs the gateway, e-mail an SMTP server). */
	private boolean mayDeliver(NotificationChannel channel) {
		return switch (channel) {
			case SMS -> this.properties.sms().isConfigured();
			case EMAIL -> this.mail.getIfAvailable() != null;
			case WECOM, DINGTALK -> true;
		};
	}

	private String addressOf(NotificationChannel channel, StaffContact contact,
			Preference preference) {
		return switch (channel) {
			case SMS -> this.properties.sms().isConfigured() ? contact.phone() : null;
			case EMAIL -> this.mail.getIfAvailable() != null ? contact.email() : null;
			case WECOM -> preference.wecomWebhook();
			case DINGTALK -> preference.dingtalkWebhook();
		};
	}

	private void post(String dedupeKey, NotificationKind kind, NotificationChannel channel, String recipient,
			String address, Map<String, String> variables, UUID caseId, boolean emergency, Instant due) {
		TemplateView template = TransactionMemo.remembered("template", List.of(kind, channel.format()),
				() -> this.templates.get(kind, channel.format()));
		Map<String, String> shown = PublicChannelPolicy.variablesFor(channel, variables);
		String subject = template.subject() == null ? null : MessageTemplates.render(template.subject(), shown);
		String body = MessageTemplates.render(template.body(), shown);
		this.outbox.post(new OutgoingMessage(dedupeKey, kind, channel, recipient, address, subject, body, caseId,
				emergency, due));
	}

}
