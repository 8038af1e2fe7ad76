package org.gridcase.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;

/**
 * The fields of an Open311 POST (form-encoded, or a JSON object flattened to the same names):
 * the report they make, and what Open311 carries beyond it — {@code media_url},
 * {@code email} and the service's {@code attribute[CODE]} values — each checked, its error
 * naming the Open311 field.
 */
record Open311Form(Map<String, String> fields, String format) {

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[(.{1,64})]");

	private static final int MAX_ATTRIBUTES = 50;

	String get(String field) {
		String value = this.fields.get(field);
		return value == null || value.isBlank() ? null : value.trim();
	}

	SubmitReportCommand command(Channel channel) {
		return new SubmitReportCommand(channel, this.fields.get("service_code"), null, this.fields.get("description"),
				get("address_string"), number("long"), number("lat"), null, reporter());
	}

	/** The client's own public URL of a photo or page of the problem. */
	String mediaUrl() {
		String url = get("media_url");
		if (url != null && (url.length() > 2000 || !url.matches("(?i)https?://\\S+"))) {
			throw bad(UserTexts.get("open311.media-url-invalid"));
		}
		return url;
	}

	String email() {
		String email = get("email");
		if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
			throw bad(UserTexts.get("open311.email-invalid"));
		}
		return email;
	}

	Map<String, String> attributes() {
		Map<String, String> attributes = new LinkedHashMap<>();
		this.fields.forEach((name, value) -> {
			Matcher attribute = ATTRIBUTE.matcher(name);
			if (attribute.matches()) {
				if (value.length() > 500) {
					throw bad(UserTexts.get("open311.attribute-too-long", name));
				}
				attributes.put(attribute.group(1), value);
			}
		});
		if (attributes.size() > MAX_ATTRIBUTES) {
			throw bad(UserTexts.get("open311.too-many-attributes", String.valueOf(MAX_ATTRIBUTES)));
		}
		return attributes;
	}

	/**
	 * The reporter, if they gave a name (Chinese names family name first, others given name
	 * first); never shown again.
	 */
	private SubmitReportCommand.Reporter reporter() {
		String first = this.fields.getOrDefault("first_name", "").trim();
		String last = this.fields.getOrDefault("last_name", "").trim();
		String name = (first + last).matches("[\\p{IsLatin} .'-]*") ? (first + " " + last).trim() : last + first;
		return name.isEmpty() ? null : new SubmitReportCommand.Reporter(name, get("phone"));
	}

	private Double number(String field) {
		String value = get(field);
		try {
			return value == null ? null : Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw bad(UserTexts.get("open311.not-a-number", field));
		}
	}

	private Open311Exception bad(String description) {
		return new Open311Exception(HttpStatus.BAD_REQUEST, this.format, description);
	}

}
