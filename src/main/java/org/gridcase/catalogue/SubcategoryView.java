package org.gridcase.catalogue;

import org.gridcase.cases.Severity;

/**
 * A subcategory as read.
 *
 * @param code e.g. {@code 04-01}
 * @param category main category (大类), e.g. 安全隐患
 * @param name e.g. 消防通道堵塞
 * @param issueType code of its issue type
 * @param issueTypeName Chinese name of its issue type
 * @param defaultSeverity the severity of a report that gives none
 * @param handlingProcess key of the process definition that handles its cases
 * @param active set by administrators; reports are taken only when {@code open}
 * @param open active, and so is its issue type
 */
public record SubcategoryView(String code, String category, String name, String issueType, String issueTypeName,
		Severity defaultSeverity, String handlingProcess, boolean active, boolean open) {
}
