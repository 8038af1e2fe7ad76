package org.gridcase.catalogue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a catalogue import, each with where it came from ({@code file:line:}), so a
 * problem names file, line and column.
 */
record CatalogueRows(List<IssueTypeRow> issueTypes, List<SubcategoryRow> subcategories) {

	private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z])([A-Z])");

	/** How a field of a row's command is called in its file: {@code issueType} → {@code issue_type}. */
	static String column(String source, String field) {
		return source + CAMEL_HUMP.matcher(field).replaceAll("$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

	record IssueTypeRow(String source, SaveIssueTypeCommand command) {
	}

	record SubcategoryRow(String source, SaveSubcategoryCommand command) {
	}

}
