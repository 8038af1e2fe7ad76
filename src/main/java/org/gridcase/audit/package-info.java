/**
 * Audit: an append-only, tamper-evident trail of what happened to every case and who did it
 * (审计追溯). Listens to the events of cases and intake and to the engine's task claims and
 * completions, appends each to a SHA-256 hash chain in the same transaction as the change it
 * records ({@link org.gridcase.audit.AuditTrail}), verifies the chain for auditors, keeps it for
 * its own retention period (independent of engine history) and gives cases their timeline
 * ({@link org.gridcase.cases.CaseHistory}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
		allowedDependencies = { "cases", "intake", "grid", "deadlines", "shared", "notify", "catalogue" })
package org.gridcase.audit;
