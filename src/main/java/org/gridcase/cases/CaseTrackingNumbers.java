package org.gridcase.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tracking numbers of the cases in a place that were open at some time in a period: the
 * business keys under which every process instance of those cases runs. A case's processes
 * (its lifecycle, the handling and joint-enforcement processes it calls, its accountability
 * review) all start while it is open, between {@code opened_at} and {@code closed_at}: the
 * case record is stamped with the engine's clock before the lifecycle starts, and closed by
 * the lifecycle's own end event. So a process of the case started in the period belongs to a
 * case found here. Read from one index (migration V32), no engine table.
 */
@Component
public class CaseTrackingNumbers {

	private final JdbcClient jdbc;

	CaseTrackingNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param placeCode a grid or a place above it: its cases and those of everything below it
	 * @param from the period's start, or {@code null} for no start
	 * @param to the period's end, or {@code null} for no end
	 * @param limit the most numbers wanted
	 * @return the numbers, or empty when there are more than {@code limit}
	 */
	public Optional<List<String>> ofCasesOpenDuring(String placeCode, Instant from, Instant to, int limit) {
		StringBuilder sql = new StringBuilder("""
				select tracking_number from case_record
				 where grid_code like :place escape '\\'
				   and tracking_number is not null""");
		if (to != null) {
			sql.append(" and opened_at <= :to");
		}
		if (from != null) {
			sql.append(" and (closed_at >= :from or closed_at is null)");
		}
		sql.append(" limit :limit");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("place", CaseSearch.escape(placeCode) + "%")
			.param("limit", limit + 1);
		if (to != null) {
			statement = statement.param("to", Timestamp.from(to));
		}
		if (from != null) {
			statement = statement.param("from", Timestamp.from(from));
		}
		List<String> numbers = statement.query(String.class).list();
		return numbers.size() > limit ? Optional.empty() : Optional.of(numbers);
	}

}
