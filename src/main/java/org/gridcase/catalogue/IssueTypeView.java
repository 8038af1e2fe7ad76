package org.gridcase.catalogue;

/**
 * An issue type as read: code (e.g. {@code SAFETY_HAZARD}), Chinese name, the key of the process
 * that handles cases opened without a subcategory, and whether it takes new reports.
 */
public record IssueTypeView(String code, String name, String handlingProcess, boolean active) {
}
