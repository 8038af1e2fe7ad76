package org.gridcase.cases;

/**
 * A case climbed the ladder.
 *
 * @param skipped the group passed over, with the people holding it then
 */
public record CaseEscalated(CaseId caseId, HandlingLevel fromLevel, HandlingLevel toLevel, EscalationCause cause,
		String skipped) {
}
