package org.gridcase.cases;

/**
 * The accountability review (责任倒查) of a case started, naming both sides.
 *
 * @param lateGroup the group that held the case when it turned red
 */
public record AccountabilityReviewStarted(CaseId caseId, String lateGroup, String gridSide, String departmentSide) {
}
