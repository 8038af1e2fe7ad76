package org.gridcase.notify;

import java.time.Instant;
import java.util.List;

/**
 * A message template as administrators see it.
 *
 * @param subject the e-mail subject (MAIL only)
 * @param variables the names the template may use, e.g. {@code {{trackingNumber}}}
 */
public record TemplateView(NotificationKind kind, String kindLabel, TemplateFormat format, String subject, String body,
		List<String> variables, String updatedBy, Instant updatedAt) {
}
