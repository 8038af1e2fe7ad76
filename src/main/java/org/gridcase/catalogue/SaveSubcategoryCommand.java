package org.gridcase.catalogue;

import org.gridcase.cases.Severity;

/**
 * Creates or changes a subcategory; checked by {@link CatalogueRules}.
 *
 * @param defaultSeverity null for {@link Severity#GENERAL}
 * @param handlingProcess null for its issue type's process
 * @param active null for active
 */
public record SaveSubcategoryCommand(String code, String category, String name, String issueType,
		Severity defaultSeverity, String handlingProcess, Boolean active) {
}
