package org.gridcase.supervision;

import java.util.ArrayList;
import java.util.List;

/**
 * Whose cases a figure counts, as a predicate over {@code supervision_case c}: a place subtree
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

	String where() {
		StringBuilder sql = new StringBuilder("true");
		if (this.placeCode != null) {
			sql.append(" and c.grid_code like ?");
		}
		if (this.departmentCode != null) {
			sql.append(" and (',' || c.dispatched_departments || ',') like ?");
		}
		if (this.kind.equals("PERSON")) {
			sql.append(" and c.id in (select t.case_id from audit_event t where t.type = 'TASK_COMPLETED' and t.actor = ?)");
		}
		return sql.toString();
	}

	List<Object> args() {
		List<Object> args = new ArrayList<>();
		if (this.placeCode != null) {
			args.add(like(this.placeCode) + "%");
		}
		if (this.departmentCode != null) {
			args.add("%," + like(this.departmentCode) + ",%");
		}
		if (this.kind.equals("PERSON")) {
			args.add(this.code);
		}
		return args;
	}

	private static String like(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
