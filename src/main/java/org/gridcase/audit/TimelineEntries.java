package org.gridcase.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridcase.cases.TimelineEntry;
import org.gridcase.cases.TimelineEntry.FormValue;
import org.gridcase.shared.UserTexts;

import org.springframework.stereotype.Component;

/**
 * Audit events as timeline entries: the event's line of text, and for a task completion the
 * form values it recorded by the form's labels ("处置结果: 已清理"), in the form's order, with the
 * raw keys and values kept beside them. Values the form no longer knows keep their keys.
 */
@Component
public class TimelineEntries {

	private static final String FORM_VALUES = "formValues";

	private final FormLabels labels;

	TimelineEntries(FormLabels labels) {
		this.labels = labels;
	}

	public TimelineEntry of(AuditEvent event) {
		List<FormValue> values = formValues(event.data());
		String text = AuditEventType.valueOf(event.type()).describe(event.data());
		if (!values.isEmpty()) {
			text += values.stream()
				.map(value -> value.label() + ": " + value.display())
				.collect(Collectors.joining(UserTexts.get("audit.form-values.separator"),
						UserTexts.get("audit.form-values.start"), UserTexts.get("audit.form-values.end")));
		}
		return new TimelineEntry(event.occurredAt(), event.type(), event.actor(), text, values);
	}

	private List<FormValue> formValues(Map<String, Object> data) {
		if (!(data.get(FORM_VALUES) instanceof Map<?, ?> recorded)) {
			return List.of();
		}
		List<FormValue> values = new ArrayList<>();
		List<FormLabels.Field> fields = this.labels.of((String) data.get("processDefinitionId"),
				(String) data.get("taskDefinitionKey"));
		for (FormLabels.Field field : fields) {
			Object value = recorded.get(field.key());
			if (value != null) {
				values.add(new FormValue(field.key(), field.label(), value, display(value, field.options())));
			}
		}
		recorded.forEach((key, value) -> {
			if (value != null && fields.stream().noneMatch(field -> field.key().equals(key))) {
				values.add(new FormValue(key.toString(), key.toString(), value, display(value, Map.of())));
			}
		});
		return values;
	}

	private static String display(Object value, Map<String, String> options) {
		if (value instanceof Boolean yes) {
			return UserTexts.get(yes ? "audit.form-value.yes" : "audit.form-value.no");
		}
		if (value instanceof Collection<?> chosen) {
			return chosen.stream()
				.map(each -> display(each, options))
				.collect(Collectors.joining(UserTexts.get("list.separator")));
		}
		return options.getOrDefault(value.toString(), value.toString());
	}

}
