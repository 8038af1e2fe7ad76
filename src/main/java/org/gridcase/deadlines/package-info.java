/**
 * Deadlines: time limits (from the DMN table {@code processes/CaseTimeLimits.dmn}), the working
 * calendar they are counted in (weekends, holidays, make-up working days, office hours) and the
 * deadline lights (green below 80% of a limit, yellow up to 100%, red past it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines")
package org.gridcase.deadlines;
