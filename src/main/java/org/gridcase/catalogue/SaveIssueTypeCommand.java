package org.gridcase.catalogue;

/**
 * Creates or changes an issue type; checked by {@link CatalogueRules}.
 *
 * @param active null for active
 */
public record SaveIssueTypeCommand(String code, String name, String handlingProcess, Boolean active) {
}
