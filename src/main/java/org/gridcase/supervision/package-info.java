/**
 * Supervision and evaluation (综合评价, issue 14): figures of any period and any place subtree,
 * department or person computed from the recorded case history (definitions in
 * {@code docs/supervision-figures.md}), scores and grades A–E from the DMN table
 * {@code processes/SupervisionScores.dmn}, the live light board, the grid map's figures, exports
 * to Excel and CSV, and the district center's four-level warnings (四级预警), which shorten new
 * time limits ({@link org.gridcase.deadlines.WarningLevels}) and are broadcast to the staff of
 * the places they cover. Each caller sees only their own reach ({@link org.gridcase.supervision.Reach}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "cases", "catalogue", "grid", "audit", "deadlines", "shared" })
package org.gridcase.supervision;
