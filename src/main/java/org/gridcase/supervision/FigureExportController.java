package org.gridcase.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gridcase.audit.AuditEventType;
import org.gridcase.audit.AuditTrail;
import org.gridcase.cases.Callers;
import org.gridcase.shared.District;
import org.gridcase.shared.UserTexts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rankings with every figure, score and grade, as Excel ({@code .xlsx}, fastexcel) or CSV
 * (UTF-8 with a byte order mark, so that Excel reads the Chinese). Each export is recorded in
 * the audit trail ({@code FIGURES_EXPORTED}, committed before the file goes out), as the case
 * exports are.
 */
@RestController
@RequestMapping("/api/supervision")
class FigureExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final Callers callers;

	private final Scopes scopes;

	private final Rankings rankings;

	private final FigureQueries queries;

	private final AuditTrail trail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FigureExportController(Callers callers, Scopes scopes, Rankings rankings, FigureQueries queries, AuditTrail trail,
			TransactionTemplate transactions, Clock clock) {
		this.callers = callers;
		this.scopes = scopes;
		this.rankings = rankings;
		this.queries = queries;
		this.trail = trail;
		this.transactions = transactions;
		this.clock = clock;
	}

	@GetMapping("/export.xlsx")
	void xlsx(@RequestParam(required = false) String period, @RequestParam(required = false) String date,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String place, @RequestParam(required = false) String by,
			@RequestParam(required = false) String figure, @RequestParam(required = false) String order,
			Authentication user, HttpServletResponse response) throws IOException {
		Export export = export(user, period, date, from, to, place, by, figure, order, "XLSX");
		start(response, XLSX, export.fileName("xlsx"));
		try (OutputStream out = response.getOutputStream(); Workbook workbook = new Workbook(out, "GridCase", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(UserTexts.get("supervision.export.sheet"));
			List<String> header = export.table().header();
			for (int column = 0; column < header.size(); column++) {
				sheet.value(0, column, header.get(column));
				sheet.style(0, column).bold().set();
			}
			List<List<Object>> lines = export.table().lines();
			for (int row = 0; row < lines.size(); row++) {
				List<Object> line = lines.get(row);
				for (int column = 0; column < line.size(); column++) {
					Object cell = line.get(column);
					if (cell instanceof Number number) {
						sheet.value(row + 1, column, number);
					}
					else if (cell != null) {
						sheet.value(row + 1, column, cell.toString());
					}
				}
			}
			sheet.freezePane(3, 1);
		}
	}

	@GetMapping("/export.csv")
	void csv(@RequestParam(required = false) String period, @RequestParam(required = false) String date,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String place, @RequestParam(required = false) String by,
			@RequestParam(required = false) String figure, @RequestParam(required = false) String order,
			Authentication user, HttpServletResponse response) throws IOException {
		Export export = export(user, period, date, from, to, place, by, figure, order, "CSV");
		start(response, "text/csv;charset=UTF-8", export.fileName("csv"));
		OutputStream out = response.getOutputStream();
		out.write(BOM);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
			printer.printRecord(export.table().header());
			for (List<Object> line : export.table().lines()) {
				printer.printRecord(line.stream().map(cell -> cell == null ? "" : cell).toList());
			}
		}
	}

	private record Export(Period period, CaseScope scope, FigureTable table) {

		String fileName(String extension) {
			return UserTexts.get("supervision.export.file-name", this.scope.name(), this.period.from(), this.period.to(),
					extension);
		}

	}

	private Export export(Authentication user, String period, String date, String from, String to, String place,
			String by, String figure, String order, String format) {
		Period days = Period.parse(period, date, from, to, LocalDate.ofInstant(this.clock.instant(), District.ZONE));
		String grouping = Rankings.by(by);
		String sortedBy = "score".equals(figure) ? "score" : Figures.figure(figure, "figure");
		boolean descending = Rankings.descending(order);
		CaseScope scope = this.scopes.resolve(Reach.of(this.callers.of(user)), place, null, null);
		List<Rankings.Row> rows = this.rankings.rank(scope, days, grouping, sortedBy, descending);
		Figures total = this.queries.figures(scope, days);
		FigureTable table = FigureTable.of(rows, scope.name(), total, this.rankings.score(total, scope.kind()));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("format", format);
		data.put("from", days.from().toString());
		data.put("to", days.to().toString());
		data.put("scope", scope.code());
		data.put("scopeName", scope.name());
		data.put("by", grouping);
		data.put("byLabel", UserTexts.get("supervision.by." + grouping));
		data.put("rows", rows.size());
		this.transactions.executeWithoutResult(status -> this.trail.append(null, AuditEventType.FIGURES_EXPORTED, data));
		return new Export(days, scope, table);
	}

	private static void start(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
