package org.gridcase.cases;

import org.gridcase.deadlines.Light;

/**
 * A case's light turned (only ever to a worse one while the case runs).
 */
public record CaseLightTurned(CaseId caseId, Light from, Light to) {
}
