package org.gridcase.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UserTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each member of staff wants to be told (table {@code notification_preference}). Someone who
 * never chose is told by SMS on the phone the organisation keeps for them (the duty phone).
 */
@Service
@Transactional
public class NotificationPreferences {

	static final Preference DEFAULT = new Preference(EnumSet.of(NotificationChannel.SMS), null, null, null, null, null);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final List<String> webhookHosts;

	NotificationPreferences(JdbcClient jdbc, Clock clock, NotifyProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.webhookHosts = properties.webhookHosts();
	}

	@Transactional(readOnly = true)
	public PreferenceView of(String username) {
		Optional<Preference> chosen = find(username);
		return chosen.orElse(DEFAULT).view(username, chosen.isEmpty());
	}

	/** What a person chose, or the default. */
	@Transactional(readOnly = true)
	Preference effective(String username) {
		return find(username).orElse(DEFAULT);
	}

	/** What each of several people chose, or the default, in one statement (an alert to a group's holders). */
	@Transactional(readOnly = true)
	Map<String, Preference> effective(Collection<String> usernames) {
		Map<String, Preference> chosen = new HashMap<>();
		if (!usernames.isEmpty()) {
			this.jdbc.sql("select * from notification_preference where username = any(?::text[])")
				.param(usernames.toArray(String[]::new))
				.query((rs, row) -> Map.entry(rs.getString("username"), preference(rs)))
				.list()
				.forEach(entry -> chosen.put(entry.getKey(), entry.getValue()));
		}
		Map<String, Preference> effective = new LinkedHashMap<>();
		usernames.forEach(username -> effective.put(username, chosen.getOrDefault(username, DEFAULT)));
		return effective;
	}

	public PreferenceView save(String username, PreferenceRequest request, String savedBy) {
		Preference preference = Preference.of(request, this.webhookHosts);
		this.jdbc.sql("""
				insert into notification_preference (username, channels, wecom_webhook, dingtalk_webhook, dingtalk_secret,
				    quiet_start, quiet_end, updated_by, updated_at)
				values (:username, :channels, :wecom, :dingtalk, :secret, :quietStart, :quietEnd, :by, :at)
				on conflict (username) do update set channels = excluded.channels, wecom_webhook = excluded.wecom_webhook,
				    dingtalk_webhook = excluded.dingtalk_webhook, dingtalk_secret = excluded.dingtalk_secret,
				    quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end, updated_by = excluded.updated_by,
				    updated_at = excluded.updated_at, version = notification_preference.version + 1""")
			.param("username", username)
			.param("channels", preference.channels().stream().map(Enum::name).collect(Collectors.joining(",")))
			.param("wecom", preference.wecomWebhook())
			.param("dingtalk", preference.dingtalkWebhook())
			.param("secret", preference.dingtalkSecret())
			.param("quietStart", preference.quietStart())
			.param("quietEnd", preference.quietEnd())
			.param("by", savedBy)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		return preference.view(username, false);
	}

	private Optional<Preference> find(String username) {
		return this.jdbc.sql("select * from notification_preference where username = ?")
			.param(username)
			.query((rs, row) -> preference(rs))
			.optional();
	}

	private static Preference preference(ResultSet rs) throws SQLException {
		return new Preference(channels(rs.getString("channels")), rs.getString("wecom_webhook"),
				rs.getString("dingtalk_webhook"), rs.getString("dingtalk_secret"),
				rs.getObject("quiet_start", LocalTime.class), rs.getObject("quiet_end", LocalTime.class));
	}

	private static Set<NotificationChannel> channels(String text) {
		Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
		Arrays.stream(text.split(",")).filter(name -> !name.isBlank()).map(NotificationChannel::valueOf).forEach(channels::add);
		return channels;
	}

	/**
	 * What a person asks for (PUT body).
	 *
	 * @param channels any of SMS, EMAIL, WECOM, DINGTALK; empty to be told nothing
	 * @param quietStart local time quiet hours start, e.g. 22:00 (with quietEnd, or neither)
	 */
	public record PreferenceRequest(List<String> channels, String wecomWebhook, String dingtalkWebhook,
			String dingtalkSecret, String quietStart, String quietEnd) {
	}

	/**
	 * A person's choice as shown back; the DingTalk secret is never shown, only whether one is set.
	 *
	 * @param isDefault whether the person never chose (then: SMS to their phone)
	 */
	public record PreferenceView(String username, Set<NotificationChannel> channels, String wecomWebhook,
			String dingtalkWebhook, boolean dingtalkSigned, LocalTime quietStart, LocalTime quietEnd,
			boolean isDefault) {
	}

	record Preference(Set<NotificationChannel> channels, String wecomWebhook, String dingtalkWebhook,
			String dingtalkSecret, LocalTime quietStart, LocalTime quietEnd) {

		private static final int MAX_SECRET = 200;

		private static final int MAX_WEBHOOK = 500;

		Optional<QuietHours> quietHours() {
			return this.quietStart == null ? Optional.empty() : Optional.of(new QuietHours(this.quietStart, this.quietEnd));
		}

		PreferenceView view(String username, boolean isDefault) {
			return new PreferenceView(username, this.channels, this.wecomWebhook, this.dingtalkWebhook,
					this.dingtalkSecret != null, this.quietStart, this.quietEnd, isDefault);
		}

		static Preference of(PreferenceRequest request, List<String> webhookHosts) {
			List<InvalidInputException.FieldProblem> problems = new java.util.ArrayList<>();
			Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
			if (request.channels() == null) {
				problems.add(new InvalidInputException.FieldProblem("channels",
						UserTexts.get("notify.preference.channels-required")));
			}
			else {
				for (int i = 0; i < request.channels().size(); i++) {
					try {
						channels.add(NotificationChannel.valueOf(request.channels().get(i)));
					}
					catch (IllegalArgumentException | NullPointerException ex) {
						problems.add(new InvalidInputException.FieldProblem("channels[" + i + "]",
								UserTexts.get("notify.preference.channel-unknown")));
					}
				}
			}
			String wecom = webhook("wecomWebhook", request.wecomWebhook(), channels.contains(NotificationChannel.WECOM),
					webhookHosts, problems);
			String dingtalk = webhook("dingtalkWebhook", request.dingtalkWebhook(),
					channels.contains(NotificationChannel.DINGTALK), webhookHosts, problems);
			LocalTime start = time("quietStart", request.quietStart(), problems);
			LocalTime end = time("quietEnd", request.quietEnd(), problems);
			if ((start == null) != (end == null) && problems.isEmpty()) {
				problems.add(new InvalidInputException.FieldProblem(start == null ? "quietStart" : "quietEnd",
						UserTexts.get("notify.preference.quiet-hours-pair")));
			}
			String secret = blankToNull(request.dingtalkSecret());
			if (secret != null && secret.length() > MAX_SECRET) {
				problems.add(new InvalidInputException.FieldProblem("dingtalkSecret",
						UserTexts.get("notify.preference.secret-too-long", String.valueOf(MAX_SECRET))));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return new Preference(channels, wecom, dingtalk, secret, start, end);
		}

		private static String webhook(String field, String url, boolean required, List<String> hosts,
				List<InvalidInputException.FieldProblem> problems) {
			String value = blankToNull(url);
			if (value == null) {
				if (required) {
					problems.add(new InvalidInputException.FieldProblem(field, UserTexts.get("notify.preference.webhook-required")));
				}
				return null;
			}
			if (value.length() > MAX_WEBHOOK || !(value.startsWith("https://") || value.startsWith("http://"))) {
				problems.add(new InvalidInputException.FieldProblem(field,
						UserTexts.get("notify.preference.webhook-invalid", String.valueOf(MAX_WEBHOOK))));
			}
			else if (!hosts.contains(hostOf(value))) {
				problems.add(new InvalidInputException.FieldProblem(field,
						UserTexts.get("notify.preference.webhook-host", String.join(", ", hosts))));
			}
			return value;
		}

		private static String hostOf(String url) {
			try {
				return java.net.URI.create(url).getHost();
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		private static LocalTime time(String field, String text, List<InvalidInputException.FieldProblem> problems) {
			String value = blankToNull(text);
			if (value == null) {
				return null;
			}
			try {
				return LocalTime.parse(value);
			}
			catch (java.time.format.DateTimeParseException ex) {
				problems.add(new InvalidInputException.FieldProblem(field, UserTexts.get("notify.preference.time-format")));
				return null;
			}
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text.trim();
		}

	}

}
