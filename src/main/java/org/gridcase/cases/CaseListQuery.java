package org.gridcase.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.gridcase.cases.CaseAccessPolicy.SeenPlace;
import org.gridcase.grid.GridLevel;
import org.gridcase.shared.CodePrefix;

import org.springframework.data.domain.Sort;

/**
 * One page of the case list as SQL, written so that PostgreSQL reads it through an index for
 * any parameters, i.e. also in the generic plan it may keep for a prepared statement after a
 * few executions: a place, a step and a light are written into the statement (a grid as
 * equality, a place above it as its byte-order range, {@link CodePrefix}, with the
 * {@code varchar_pattern_ops} operators; never as a {@code LIKE} on a parameter, which no index
 * serves in a generic plan), so that the plan is made for how many cases they hold; the page's
 * limit and offset are written in too (a parameter there makes PostgreSQL plan for a tenth of
 * the table), and the order is one indexed column with the id as tie-breaker. Nothing is
 * counted: one row more than the page says whether another follows.
 */
final class CaseListQuery {

	static final String COLUMNS = "id, issue_type, severity, grid_code, description, step, handling_level, light,"
			+ " responsible_group, step_due_at, case_due_at, rework_count, opened_at, closed_at";

	/** The sortable fields and how each is ordered ascending and descending. */
	private static final Map<String, String[]> ORDERS = Map.of("openedAt", columnOrder("opened_at"), "stepDueAt",
			columnOrder("step_due_at"), "caseDueAt", columnOrder("case_due_at"), "light", columnOrder("light"), "step",
			columnOrder("step"),
			// byte order, as case_record_grid_opened_idx (varchar_pattern_ops) holds the codes
			"gridCode", new String[] { "grid_code using ~<~, id asc", "grid_code using ~>~, id desc" });

	private static final Pattern PLACE_CODE = Pattern.compile("[0-9]{1,18}");

	private final List<String> conditions = new ArrayList<>();

	private final List<Object> parameters = new ArrayList<>();

	static boolean sortable(String field) {
		return ORDERS.containsKey(field);
	}

	static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	void where(String condition, Object... values) {
		this.conditions.add(condition);
		this.parameters.addAll(List.of(values));
	}

	/**
	 * A column holding one of an enum's names: the name is written into the statement, so that
	 * PostgreSQL knows from its statistics how rare it is (a red light among a million green
	 * ones) also in a generic plan, and reads the few from the column's index.
	 */
	void whereIs(String column, Enum<?> value) {
		this.conditions.add(column + " = '" + value.name() + "'");
	}

	/** Whether a code can name a place in a query (digits only, see {@link #whereInPlace}). */
	static boolean isPlaceCode(String code) {
		return PLACE_CODE.matcher(code).matches();
	}

	/**
	 * Cases in the place or below it: a grid by equality, a place above it by its byte-order
	 * range. The code is written into the statement (it is digits only), so that PostgreSQL
	 * judges from its statistics how many cases the place holds, also in a generic plan: a
	 * district's or street's page is read newest first from the order's index, a small place's
	 * through the grid code index.
	 */
	void whereInPlace(String placeCode) {
		if (!isPlaceCode(placeCode)) {
			throw new IllegalArgumentException("Not a place code: " + placeCode);
		}
		if (placeCode.length() == GridLevel.GRID.codeLength()) {
			this.conditions.add("grid_code = '" + placeCode + "'");
		}
		else {
			CodePrefix prefix = CodePrefix.of(placeCode);
			this.conditions.add("grid_code ~>=~ '" + prefix.from() + "' and grid_code ~<~ '" + prefix.to() + "'");
		}
	}

	/** Cases of one of the places (and departments) seen, as {@link CaseAccessPolicy#placesSeenBy} names them. */
	void whereSeen(List<SeenPlace> seen) {
		List<String> any = new ArrayList<>();
		for (SeenPlace place : seen) {
			CaseListQuery one = new CaseListQuery();
			one.whereInPlace(place.placeCode());
			if (place.departmentCode() != null) {
				one.where("(',' || dispatched_departments || ',') like ? escape '\\'",
						"%," + CaseSearch.escape(place.departmentCode()) + ",%");
			}
			any.add("(" + String.join(" and ", one.conditions) + ")");
			this.parameters.addAll(one.parameters);
		}
		this.conditions.add(any.isEmpty() ? "false" : any.size() == 1 ? any.get(0) : "(" + String.join(" or ", any) + ")");
	}

	/** The statement for {@code rows} rows from {@code first} on, in the order given. */
	String sql(Sort.Order order, long first, int rows) {
		String[] directions = ORDERS.get(order.getProperty());
		return "select " + COLUMNS + " from case_record"
				+ (this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions)) + " order by "
				+ directions[order.isAscending() ? 0 : 1] + " limit " + rows + " offset " + first;
	}

	List<Object> parameters() {
		return List.copyOf(this.parameters);
	}

	private static String[] columnOrder(String column) {
		return new String[] { column + " asc, id asc", column + " desc, id desc" };
	}

}
