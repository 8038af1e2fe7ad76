package org.gridcase.audit.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gridcase.shared.UserTexts;

/**
 * A case's trace as CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads the Chinese
 * right): one row per event, form values by label and by key.
 */
final class TraceCsv {

	/** Excel takes a file without it for the local code page. */
	static final char BYTE_ORDER_MARK = '\uFEFF';

	static final String[] HEADER = columns("sequence", "time", "event-type", "event", "actor", "actor-name",
			"actor-role", "text", "form-fields", "form-raw-values", "hash");

	private TraceCsv() {
	}

	/** The column headings users read, named under {@code trace.export.column.NAME}. */
	static String[] columns(String... names) {
		return Arrays.stream(names).map(name -> UserTexts.get("trace.export.column." + name)).toArray(String[]::new);
	}

	static String of(CaseTrace trace) {
		StringWriter out = new StringWriter();
		out.write(BYTE_ORDER_MARK);
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			for (CaseTrace.Event event : trace.events()) {
				csv.printRecord(event.sequence(), event.time(), event.kind(), event.kindLabel(), event.actor(),
						event.actorName(), event.actorRole(), event.text(),
						event.values().stream().map(value -> value.label() + ": " + value.display()).collect(Collectors.joining("；")),
						event.values().stream().map(value -> value.key() + "=" + value.value()).collect(Collectors.joining("；")),
						event.hash());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
