/**
 * History search for auditors: the Cockpit history plugin's search of finished and running
 * process instances (tracking number, process, grid subtree, dates, state), a page at a time.
 * The engine answers it as the caller, so its history authorizations decide what anyone sees,
 * as through the engine's REST API; a grid subtree and period are matched, inside the engine's
 * statement, against when and where the cases were open (the view {@code case_open_period}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "History search",
		allowedDependencies = { "cases", "shared" })
package org.gridcase.history;
