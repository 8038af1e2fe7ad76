package org.gridcase.cases;

/**
 * A case was sent to a department for the first time.
 *
 * @param group the department's engine group now holding the case
 */
public record CaseDispatchedToDepartment(CaseId caseId, String departmentCode, String group) {
}
