package org.gridcase.catalogue;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.gridcase.cases.Severity;
import org.gridcase.shared.CsvUpload;
import org.gridcase.shared.UserTexts;

import static org.gridcase.shared.CsvUpload.text;

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

	private final CsvUpload upload = new CsvUpload();

	private CatalogueCsv() {
	}

	/**
	 * Parses whichever files are given (null for a file not given).
	 * @throws InvalidInputException listing every unreadable line and value
	 */
	static CatalogueRows read(InputStream issueTypes, InputStream subcategories) {
		CatalogueCsv csv = new CatalogueCsv();
		CatalogueRows rows = new CatalogueRows(
				csv.upload.parse(ISSUE_TYPES, issueTypes, Set.of("code", "name", "handling_process"), csv::issueType),
				csv.upload.parse(SUBCATEGORIES, subcategories, Set.of("code", "category", "name", "issue_type"),
						csv::subcategory));
		csv.upload.refuseIfAnyProblem();
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

	private Boolean active(CSVRecord record, String source) {
		String value = text(record, "active");
		if (value == null || value.equalsIgnoreCase("true")) {
			return true;
		}
		if (value.equalsIgnoreCase("false")) {
			return false;
		}
		this.upload.problem(source + "active", UserTexts.get("catalogue.csv-not-boolean"));
		return null;
	}

	private Severity severity(CSVRecord record, String source) {
		String value = text(record, "default_severity");
		try {
			return value == null ? null : Severity.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			this.upload.problem(source + "default_severity",
					UserTexts.get("catalogue.csv-not-severity", List.of(Severity.values())));
			return null;
		}
	}

}
