package org.gridcase.audit.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A case's trace as CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads the Chinese
 * right): one row per event, form values by label and by key.
 */
final class TraceCsv {

	/** Excel takes a file without it for the local code page. */
	static final char BYTE_ORDER_MARK = '\uFEFF';

	static final String[] HEADER = { "序号", "时间（北京时间）", "事件类型", "事件", "操作人账号", "操作人姓名", "操作人角色", "内容",
			"表单字段", "表单原始值", "记录哈希" };

	private TraceCsv() {
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
