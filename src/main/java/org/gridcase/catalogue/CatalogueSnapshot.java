package org.gridcase.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole catalogue as it was at one version: a few hundred small rows, read at once. */
record CatalogueSnapshot(long version, Map<String, IssueTypeView> issueTypes,
		Map<String, SubcategoryView> subcategories, Set<String> subcategoryNames) {

	/** @param issueTypes and {@code subcategories} ordered by code */
	static CatalogueSnapshot of(long version, List<IssueTypeView> issueTypes, List<SubcategoryView> subcategories) {
		return new CatalogueSnapshot(version, byCode(issueTypes, IssueTypeView::code),
				byCode(subcategories, SubcategoryView::code),
				subcategories.stream().map(SubcategoryView::name).collect(Collectors.toUnmodifiableSet()));
	}

	private static <T> Map<String, T> byCode(List<T> views, Function<T, String> code) {
		Map<String, T> byCode = new LinkedHashMap<>();
		views.forEach(view -> byCode.put(code.apply(view), view));
		return Collections.unmodifiableMap(byCode);
	}

}
