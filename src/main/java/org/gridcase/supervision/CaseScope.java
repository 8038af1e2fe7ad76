package org.gridcase.supervision;

import java.util.HashMap;
import java.util.Map;

/**
 * Whose cases a figure counts, as a predicate over the case facts {@code c}: a place subtree
 * (optionally only the cases sent to one department), a department's cases, or the cases in
 * which a person completed a task.
 *
 * @param kind {@code PLACE}, {@code DEPARTMENT} or {@code PERSON}
 * @param code the place code, department code or username
 * @param level the place's level ({@code PLACE} only)
 * @param placeCode the place subtree the cases lie in ({@code null}: the whole district)
 * @param departmentCode only cases sent to this department ({@code null}: any)
 */
record CaseScope(String kind, String code, String name, String level, String placeCode, String departmentCode) {

	static CaseScope place(String code, String name, String level, String departmentCode) {
		return new CaseScope("PLACE", code, name, level, code, departmentCode);
	}

	static CaseScope department(String code, String name) {
		return new CaseScope("DEPARTMENT", code, name, null, null, code);
	}

	static CaseScope person(String username, String name, String placeCode, String departmentCode) {
		return new CaseScope("PERSON", username, name, null, placeCode, departmentCode);
	}

	/** The scope as SQL over the case facts {@code c}, with the named parameters of {@link #parameters()}. */
	String where() {
		StringBuilder sql = new StringBuilder("true");
		if (this.placeCode != null) {
			sql.append(" and c.grid_code like :place");
		}
		if (this.departmentCode != null) {
			sql.append(" and (',' || c.dispatched_departments || ',') like :department");
		}
		if (this.kind.equals("PERSON")) {
			sql.append(" and c.case_id in (select t.case_id from audit_event t where t.type = 'TASK_COMPLETED' and t.actor = :person)");
		}
		return sql.toString();
	}

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		if (this.placeCode != null) {
			parameters.put("place", like(this.placeCode) + "%");
		}
		if (this.departmentCode != null) {
			parameters.put("department", "%," + like(this.departmentCode) + ",%");
		}
		if (this.kind.equals("PERSON")) {
			parameters.put("person", this.code);
		}
		return parameters;
	}

	private static String like(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
