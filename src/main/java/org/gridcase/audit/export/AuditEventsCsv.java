package org.gridcase.audit.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gridcase.audit.AuditEvent;
import org.gridcase.audit.AuditEventType;
import org.gridcase.audit.AuditTrail;
import org.gridcase.audit.TimelineEntries;
import org.gridcase.cases.TimelineEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit events of a period as CSV (RFC 4180, UTF-8 with a byte order mark), written while
 * they are read: one row per event with its chain link (previous hash, hash) and its data as
 * recorded, so the rows can be checked against the chain.
 */
@Component
class AuditEventsCsv {

	static final String[] HEADER = TraceCsv.columns("sequence", "time", "case-id", "event-type", "event", "actor",
			"actor-name", "actor-role", "text", "form-fields", "data", "previous-hash", "hash");

	private final AuditTrail trail;

	private final TimelineEntries entries;

	private final ActorNames names;

	private final ObjectMapper objectMapper;

	AuditEventsCsv(AuditTrail trail, TimelineEntries entries, ActorNames names, ObjectMapper objectMapper) {
		this.trail = trail;
		this.entries = entries;
		this.names = names;
		this.objectMapper = objectMapper;
	}

	@Transactional(readOnly = true)
	public void write(ExportPeriod period, String placeCode, Writer out) throws IOException {
		Map<String, String> people = new HashMap<>();
		out.write(TraceCsv.BYTE_ORDER_MARK);
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
		try {
			this.trail.eachEventBetween(period.start(), period.end(), placeCode, event -> row(csv, event, people));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.flush();
	}

	private void row(CSVPrinter csv, AuditEvent event, Map<String, String> people) {
		TimelineEntry entry = this.entries.of(event);
		String name = people.computeIfAbsent(event.actor(), actor -> this.names.of(List.of(actor)).getOrDefault(actor, ""));
		try {
			csv.printRecord(event.sequence(), CaseTraces.time(event.occurredAt()), event.caseId(), event.type(),
					AuditEventType.valueOf(event.type()).label(), event.actor(), name, event.data().get("actorRole"),
					AuditEventType.valueOf(event.type()).describe(event.data()),
					entry.values().stream().map(value -> value.label() + ": " + value.display()).collect(Collectors.joining("；")),
					this.objectMapper.writeValueAsString(event.data()), event.previousHash(), event.hash());
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
