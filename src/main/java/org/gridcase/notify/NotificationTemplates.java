package org.gridcase.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UserTexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message templates (table {@code notification_template}, defaults seeded by the migration):
 * read when a message is composed, changed by administrators.
 */
@Service
@Transactional
public class NotificationTemplates {

	private final JdbcClient jdbc;

	private final Clock clock;

	NotificationTemplates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TemplateView> list() {
		return this.jdbc.sql("select * from notification_template order by kind, format")
			.query((rs, row) -> view(NotificationKind.valueOf(rs.getString("kind")),
					TemplateFormat.valueOf(rs.getString("format")), rs.getString("subject"), rs.getString("body"),
					rs.getString("updated_by"), rs.getTimestamp("updated_at")))
			.list();
	}

	@Transactional(readOnly = true)
	public TemplateView get(NotificationKind kind, TemplateFormat format) {
		return this.jdbc.sql("select * from notification_template where kind = ? and format = ?")
			.params(kind.name(), format.name())
			.query((rs, row) -> view(kind, format, rs.getString("subject"), rs.getString("body"),
					rs.getString("updated_by"), rs.getTimestamp("updated_at")))
			.optional()
			.orElseThrow(() -> new NotFoundException("No template " + kind + "/" + format));
	}

	/** Replaces a template after checking it names only its kind's variables. */
	public TemplateView change(NotificationKind kind, TemplateFormat format, String subject, String body,
			String changedBy) {
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		check("body", body, 2000, kind, problems);
		if (format == TemplateFormat.MAIL) {
			check("subject", subject, 200, kind, problems);
		}
		else if (subject != null && !subject.isBlank()) {
			problems.add(new InvalidInputException.FieldProblem("subject", UserTexts.get("notify.template.no-subject")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		get(kind, format);
		this.jdbc.sql("""
				update notification_template set subject = ?, body = ?, updated_by = ?, updated_at = ?, version = version + 1
				where kind = ? and format = ?""")
			.params(format == TemplateFormat.MAIL ? subject : null, body, changedBy,
					Timestamp.from(this.clock.instant()), kind.name(), format.name())
			.update();
		return get(kind, format);
	}

	private static void check(String field, String template, int maxLength, NotificationKind kind,
			List<InvalidInputException.FieldProblem> problems) {
		if (template == null || template.isBlank()) {
			problems.add(new InvalidInputException.FieldProblem(field, UserTexts.get("notify.template.blank")));
			return;
		}
		if (template.codePointCount(0, template.length()) > maxLength) {
			problems.add(new InvalidInputException.FieldProblem(field,
					UserTexts.get("notify.template.too-long", String.valueOf(maxLength))));
			return;
		}
		String problem = MessageTemplates.problemWith(template, kind);
		if (problem != null) {
			problems.add(new InvalidInputException.FieldProblem(field, problem));
		}
	}

	private static TemplateView view(NotificationKind kind, TemplateFormat format, String subject, String body,
			String updatedBy, Timestamp updatedAt) {
		return new TemplateView(kind, kind.label(), format, subject, body, kind.variables(), updatedBy,
				updatedAt == null ? null : updatedAt.toInstant());
	}

}
