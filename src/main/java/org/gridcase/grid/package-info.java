/**
 * Grid organisation: the district's places (district → street → community → grid →
 * building), its people, departments and who holds which role where, now. The source of truth
 * for routing: a process asks for "a role at a place" ({@link org.gridcase.grid.RoleAtPlace})
 * and {@link org.gridcase.grid.Staffing} answers with the people holding it, climbing the
 * ladder when nobody does.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grid organisation")
package org.gridcase.grid;
