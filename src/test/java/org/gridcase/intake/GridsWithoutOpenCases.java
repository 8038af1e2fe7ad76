package org.gridcase.intake;

import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A grid of the demo district with a point and no open case near it, so that a report filed
 * there opens a case of its own instead of joining another test's (duplicate detection).
 */
final class GridsWithoutOpenCases {

	private GridsWithoutOpenCases() {
	}

	static GridView any(GridDirectory grids, JdbcTemplate jdbc) {
		return grids.subtree("410104012", 0, 200)
			.stream()
			.filter(place -> place.code().length() == 15 && place.lon() != null)
			.filter(place -> jdbc.queryForObject("""
					select count(*) from case_record where closed_at is null and lon between ? and ? and lat between ? and ?""",
					Long.class, place.lon() - 0.002, place.lon() + 0.002, place.lat() - 0.002, place.lat() + 0.002) == 0)
			.findFirst()
			.orElseThrow();
	}

}
