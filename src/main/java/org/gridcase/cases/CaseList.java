package org.gridcase.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.gridcase.deadlines.Light;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case list: the columns a list shows (no step log or escalations per case), a page at a
 * time in one statement ({@link CaseListQuery}): the page's rows and one more, which says
 * whether another page follows. Matching cases are not counted, so a page costs the same at
 * 10,000 or 1,000,000 cases.
 */
@Component
class CaseList {

	private final JdbcTemplate jdbc;

	private final CaseAccessPolicy access;

	CaseList(DataSource dataSource, CaseAccessPolicy access) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.access = access;
	}

	/** Cases matching the search among those the caller may see. */
	CasePage page(CaseSearch search, Caller caller, int page, int size, Sort.Order order) {
		CaseListQuery query = query(search, caller);
		List<CaseSummary> content = this.jdbc.query(query.sql(order, (long) page * size, size + 1), CaseList::summary,
				query.parameters().toArray());
		return CasePage.of(content, page, size);
	}

	/** The query a page of the caller's search runs. */
	CaseListQuery query(CaseSearch search, Caller caller) {
		CaseListQuery query = new CaseListQuery();
		this.access.placesSeenBy(caller).ifPresent(query::whereSeen);
		search.restrict(query);
		return query;
	}

	private static CaseSummary summary(ResultSet row, int number) throws SQLException {
		return new CaseSummary(row.getString("id"), row.getString("issue_type"),
				enumOf(Severity.class, row.getString("severity")), row.getString("grid_code"), row.getString("description"),
				enumOf(CaseStep.class, row.getString("step")), enumOf(HandlingLevel.class, row.getString("handling_level")),
				enumOf(Light.class, row.getString("light")), row.getString("responsible_group"), instant(row, "step_due_at"),
				instant(row, "case_due_at"), row.getInt("rework_count"), instant(row, "opened_at"), instant(row, "closed_at"));
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
