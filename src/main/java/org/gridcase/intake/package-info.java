/**
 * Intake (多网合一): one front door for every channel — patrols, hotlines, web and app,
 * cameras, walk-ins and departments. A report is located in its grid, checked, linked to an
 * open case of the same problem nearby or opened as a new case, and answered with a public
 * tracking number.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.gridcase.intake;
