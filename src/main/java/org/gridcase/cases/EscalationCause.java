package org.gridcase.cases;

/**
 * Why a case climbed: the level decided it cannot solve it, or did not act in time.
 */
public enum EscalationCause {

	DECISION, TIMEOUT

}
