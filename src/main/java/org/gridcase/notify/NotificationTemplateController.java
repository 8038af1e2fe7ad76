package org.gridcase.notify;

import java.util.List;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UserTexts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Message templates, for administrators (organisation administrators and the engine administrator).
 */
@RestController
@RequestMapping("/api/notification-templates")
@PreAuthorize("@administrators.include(authentication)")
class NotificationTemplateController {

	private final NotificationTemplates templates;

	NotificationTemplateController(NotificationTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	List<TemplateView> list() {
		return this.templates.list();
	}

	/** Replaces one template: {@code {"kind": "CASE_CLOSED", "format": "TEXT", "body": "…"}}. */
	@PutMapping
	TemplateView change(@RequestBody TemplateRequest request, Authentication authentication) {
		return this.templates.change(parse(NotificationKind.class, "kind", request.kind()),
				parse(TemplateFormat.class, "format", request.format()), request.subject(), request.body(),
				authentication.getName());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field,
					UserTexts.get("notify.template.not-one-of", java.util.Arrays.toString(type.getEnumConstants())));
		}
	}

	/** A template as an administrator writes it; subject for MAIL only. */
	record TemplateRequest(String kind, String format, String subject, String body) {
	}

}
