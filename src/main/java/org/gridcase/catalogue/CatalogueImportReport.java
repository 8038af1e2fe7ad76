package org.gridcase.catalogue;

import java.util.Map;

import org.gridcase.catalogue.CatalogueManagement.Change;

/**
 * What an import changed (or, in a dry run, would change), per kind of row: {@code issueTypes},
 * {@code subcategories}.
 */
record CatalogueImportReport(boolean dryRun, Map<String, Counts> changes) {

	record Counts(int created, int updated, int unchanged) {

		static Counts of(Map<Change, Integer> changes) {
			return new Counts(changes.getOrDefault(Change.CREATED, 0), changes.getOrDefault(Change.UPDATED, 0),
					changes.getOrDefault(Change.UNCHANGED, 0));
		}

	}

}
