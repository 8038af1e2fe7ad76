package org.gridcase.supervision;

import org.gridcase.grid.GridLevel;

/**
 * How rankings split a scope's cases: by the place one level down (a case counts for the place
 * its grid lies in), by department (a case counts for every department it was sent to), or by
 * person (a case counts for everyone who completed one of its tasks).
 *
 * @param join SQL joined after the case facts {@code c}
 * @param key SQL of the group's key
 */
record Grouping(String join, String key) {

	static final Grouping NONE = new Grouping("", "''");

	static final Grouping DEPARTMENT = new Grouping(
			" cross join lateral unnest(string_to_array(nullif(c.dispatched_departments, ''), ',')) as g(key)", "g.key");

	static final Grouping PERSON = new Grouping(" join (select distinct t.actor as key, t.case_id from audit_event t"
			+ " where t.type = 'TASK_COMPLETED') g on g.case_id = c.case_id", "g.key");

	static Grouping place(GridLevel level) {
		return new Grouping("", "substring(c.grid_code, 1, " + level.codeLength() + ")");
	}

}
