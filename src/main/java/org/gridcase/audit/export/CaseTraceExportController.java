package org.gridcase.audit.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.gridcase.cases.Callers;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One case's trace as PDF and CSV, for whoever may read the case ({id}: its id or tracking
 * number). Each download is recorded in the audit trail once it is rendered.
 */
@RestController
@RequestMapping("/api/cases/{id}")
class CaseTraceExportController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final TracedCases cases;

	private final CaseTraces traces;

	private final TracePdf pdf;

	private final ExportRecords records;

	private final Callers callers;

	private final Clock clock;

	CaseTraceExportController(TracedCases cases, CaseTraces traces, TracePdf pdf, ExportRecords records,
			Callers callers, Clock clock) {
		this.cases = cases;
		this.traces = traces;
		this.pdf = pdf;
		this.records = records;
		this.callers = callers;
		this.clock = clock;
	}

	@GetMapping("/trace.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, Authentication user) {
		CaseTrace trace = trace(id, user);
		byte[] document = this.pdf.render(trace);
		this.records.traceExported(trace, "PDF");
		return download(document, MediaType.APPLICATION_PDF, fileName(trace, "pdf"));
	}

	@GetMapping("/trace.csv")
	ResponseEntity<byte[]> csv(@PathVariable String id, Authentication user) {
		CaseTrace trace = trace(id, user);
		byte[] document = TraceCsv.of(trace).getBytes(StandardCharsets.UTF_8);
		this.records.traceExported(trace, "CSV");
		return download(document, CSV, fileName(trace, "csv"));
	}

	private CaseTrace trace(String id, Authentication user) {
		return this.traces.of(this.cases.find(id, this.callers.of(user)));
	}

	private String fileName(CaseTrace trace, String extension) {
		return UserTexts.get("trace.export.file-name", trace.summary().reference(),
				Downloads.today(this.clock), extension);
	}

	private static ResponseEntity<byte[]> download(byte[] document, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(document);
	}

}
