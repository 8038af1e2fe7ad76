/**
 * History search for auditors: the Cockpit history plugin's search of finished and running
 * process instances (tracking number, process, grid subtree, dates, state), a page at a time.
 * The engine answers it as the caller, so its history authorizations decide what anyone sees,
 * as through the engine's REST API; a grid subtree is looked up in the case record
 * ({@link org.gridcase.cases.CaseTrackingNumbers}) and asked of the engine by business key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "History search",
		allowedDependencies = { "cases", "shared" })
package org.gridcase.history;
