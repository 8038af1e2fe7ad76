package org.gridcase.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gridcase.cases.Severity;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.UserTexts;

/**
 * Reads the catalogue's CSV files (UTF-8 with a header line; a leading BOM is allowed):
 * <ul>
 * <li>{@code issue-types.csv}: code, name, handling_process, active</li>
 * <li>{@code subcategories.csv}: code, category, name, issue_type, default_severity,
 * handling_process, active</li>
 * </ul>
 * {@code active} is {@code true} or {@code false}, empty for true; an empty default_severity is
 * GENERAL, an empty handling_process the issue type's.
 */
final class CatalogueCsv {

	static final String ISSUE_TYPES = "issue-types.csv";

	static final String SUBCATEGORIES = "subcategories.csv";

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.setIgnoreEmptyLines(true)
		.get();

	private final List<FieldProblem> problems = new ArrayList<>();

	private CatalogueCsv() {
	}

	/**
	 * Parses whichever files are given (null for a file not given).
	 * @throws InvalidInputException listing every unreadable line and value
	 */
	static CatalogueRows read(InputStream issueTypes, InputStream subcategories) {
		CatalogueCsv csv = new CatalogueCsv();
		CatalogueRows rows = new CatalogueRows(
				csv.parse(ISSUE_TYPES, issueTypes, Set.of("code", "name", "handling_process"), csv::issueType),
				csv.parse(SUBCATEGORIES, subcategories, Set.of("code", "category", "name", "issue_type"),
						csv::subcategory));
		if (!csv.problems.isEmpty()) {
			throw new InvalidInputException(csv.problems);
		}
		return rows;
	}

	private <T> List<T> parse(String file, InputStream input, Set<String> required, Function<CSVRecord, T> row) {
		if (input == null) {
			return List.of();
		}
		List<T> rows = new ArrayList<>();
		try (Reader reader = utf8(input);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			List<String> header = parser.getHeaderNames().stream().map(name -> name.replace("\uFEFF", "")).toList();
			required.stream()
				.filter(column -> !header.contains(column))
				.sorted()
				.forEach(column -> this.problems
					.add(new FieldProblem(file + ":1:" + column, UserTexts.get("catalogue.csv-column-missing"))));
			if (this.problems.isEmpty()) {
				for (CSVRecord record : parser) {
					rows.add(row.apply(record));
				}
			}
		}
		catch (CharacterCodingException ex) {
			this.problems.add(new FieldProblem(file, UserTexts.get("catalogue.csv-not-utf8")));
		}
		catch (IOException | IllegalStateException | UncheckedIOException ex) {
			this.problems.add(new FieldProblem(file, UserTexts.get("catalogue.csv-unreadable", ex.getMessage())));
		}
		return rows;
	}

	private CatalogueRows.IssueTypeRow issueType(CSVRecord record) {
		String source = source(ISSUE_TYPES, record);
		return new CatalogueRows.IssueTypeRow(source, new SaveIssueTypeCommand(text(record, "code"),
				text(record, "name"), text(record, "handling_process"), active(record, source)));
	}

	private CatalogueRows.SubcategoryRow subcategory(CSVRecord record) {
		String source = source(SUBCATEGORIES, record);
		return new CatalogueRows.SubcategoryRow(source,
				new SaveSubcategoryCommand(text(record, "code"), text(record, "category"), text(record, "name"),
						text(record, "issue_type"), severity(record, source), text(record, "handling_process"),
						active(record, source)));
	}

	/** {@code file:line:} (line 1 is the header), to which a column name is appended. */
	private static String source(String file, CSVRecord record) {
		return file + ":" + (record.getRecordNumber() + 1) + ":";
	}

	private static String text(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return value.isEmpty() ? null : value;
	}

	private Boolean active(CSVRecord record, String source) {
		String value = text(record, "active");
		if (value == null || value.equalsIgnoreCase("true")) {
			return true;
		}
		if (value.equalsIgnoreCase("false")) {
			return false;
		}
		this.problems.add(new FieldProblem(source + "active", UserTexts.get("catalogue.csv-not-boolean")));
		return null;
	}

	private Severity severity(CSVRecord record, String source) {
		String value = text(record, "default_severity");
		try {
			return value == null ? null : Severity.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(new FieldProblem(source + "default_severity",
					UserTexts.get("catalogue.csv-not-severity", List.of(Severity.values()))));
			return null;
		}
	}

	private static Reader utf8(InputStream input) {
		return new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

}
