package org.gridcase.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gridcase.catalogue.CatalogueManagement.Change;
import org.gridcase.catalogue.CatalogueRows.IssueTypeRow;
import org.gridcase.catalogue.CatalogueRows.SubcategoryRow;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.UserTexts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports issue types and subcategories all or nothing: every row is checked against the same
 * {@link CatalogueRules} as the admin API (subcategories may name issue types of the same
 * import), and any problem rejects the whole import naming file, line and column. Rows update
 * by code; a row equal to what is stored changes nothing, so importing twice is harmless. A dry
 * run does everything and rolls back, so its report is exactly what the import would do.
 */
@Service
class CatalogueImport {

	private final CatalogueManagement management;

	CatalogueImport(CatalogueManagement management) {
		this.management = management;
	}

	@Transactional
	CatalogueImportReport importRows(CatalogueRows rows, boolean dryRun) {
		check(rows);
		Map<Change, Integer> issueTypes = new EnumMap<>(Change.class);
		rows.issueTypes().forEach(row -> issueTypes.merge(this.management.upsert(row.command()), 1, Integer::sum));
		Map<Change, Integer> subcategories = new EnumMap<>(Change.class);
		rows.subcategories()
			.forEach(row -> subcategories.merge(this.management.upsert(row.command()), 1, Integer::sum));
		if (dryRun) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		return new CatalogueImportReport(dryRun, Map.of("issueTypes", CatalogueImportReport.Counts.of(issueTypes),
				"subcategories", CatalogueImportReport.Counts.of(subcategories)));
	}

	private void check(CatalogueRows rows) {
		List<FieldProblem> problems = new ArrayList<>();
		duplicates(rows.issueTypes().stream().map(row -> new Keyed(row.source(), row.command().code())).toList(),
				problems);
		duplicates(rows.subcategories().stream().map(row -> new Keyed(row.source(), row.command().code())).toList(),
				problems);
		rows.issueTypes()
			.forEach(row -> this.management.check(row.command(), field -> CatalogueRows.column(row.source(), field),
					problems));
		Set<String> imported = rows.issueTypes()
			.stream()
			.map(IssueTypeRow::command)
			.map(SaveIssueTypeCommand::code)
			.collect(Collectors.toSet());
		for (SubcategoryRow row : rows.subcategories()) {
			this.management.check(row.command(), field -> CatalogueRows.column(row.source(), field), imported,
					problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void duplicates(List<Keyed> rows, List<FieldProblem> problems) {
		Set<String> seen = new HashSet<>();
		rows.stream()
			.filter(row -> row.code() != null && !seen.add(row.code()))
			.forEach(row -> problems.add(new FieldProblem(row.source() + "code",
					UserTexts.get("catalogue.csv-code-repeated", row.code()))));
	}

	private record Keyed(String source, String code) {
	}

}
