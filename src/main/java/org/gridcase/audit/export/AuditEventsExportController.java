package org.gridcase.audit.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.gridcase.cases.Callers;
import org.gridcase.grid.GridDirectory;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit events of a period ({@code from}, {@code to}: days, both included, district time),
 * optionally of one place's cases, as CSV streamed to the client ({@link EventsExportPolicy}).
 * The export is recorded in the audit trail (committed) before the first row is sent, so that
 * no export goes unrecorded and the chain is not held while a long file goes out.
 */
@RestController
@RequestMapping("/api/audit")
class AuditEventsExportController {

	private final AuditEventsCsv csv;

	private final ExportRecords records;

	private final EventsExportPolicy policy;

	private final GridDirectory grids;

	private final Callers callers;

	AuditEventsExportController(AuditEventsCsv csv, ExportRecords records, EventsExportPolicy policy,
			GridDirectory grids, Callers callers) {
		this.csv = csv;
		this.records = records;
		this.policy = policy;
		this.grids = grids;
		this.callers = callers;
	}

	@GetMapping("/events.csv")
	void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String place, Authentication user, HttpServletResponse response)
			throws IOException {
		ExportPeriod period = ExportPeriod.parse(from, to);
		String placeCode = place == null || place.isBlank() ? null : place.trim();
		if (placeCode != null && this.grids.find(placeCode).isEmpty()) {
			throw new InvalidInputException("place", "no place has code " + placeCode);
		}
		if (!this.policy.mayExport(this.callers.of(user), placeCode)) {
			throw new AccessDeniedException(UserTexts.get("events.export.not-allowed"));
		}
		this.records.eventsExported(period.from(), period.to(), placeCode, "CSV");
		response.setContentType(CaseTraceExportController.CSV.toString());
		String scope = placeCode == null ? UserTexts.get("audit.whole-district") : placeCode;
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(UserTexts.get("events.export.file-name",
				scope, String.valueOf(period.from()), String.valueOf(period.to()))));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		this.csv.write(period, placeCode, out);
		out.flush();
	}

}
