package org.gridcase.supervision;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The places and departments supervision reports on (read from the grid organisation's tables). */
@Component
class Places {

	private final JdbcTemplate jdbc;

	Places(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Place(String code, String name, String level, String boundary, Double lon, Double lat) {
	}

	record Department(String code, String name) {
	}

	Optional<Place> place(String code) {
		return this.jdbc.query("select code, name, level, boundary, lon, lat from grid where code = ?", Places::place, code)
			.stream()
			.findFirst();
	}

	Optional<Place> district() {
		return this.jdbc.query("select code, name, level, boundary, lon, lat from grid where parent_id is null"
				+ " order by code limit 1", Places::place).stream().findFirst();
	}

	/** The place and every place below it down to grids (no buildings), by code. */
	List<Place> subtree(String code) {
		return this.jdbc.query("select code, name, level, boundary, lon, lat from grid where code like ?"
				+ " and level <> 'BUILDING' order by code", Places::place, code + "%");
	}

	/** The places one level below a place. */
	List<Place> children(String code) {
		return this.jdbc.query("select g.code, g.name, g.level, g.boundary, g.lon, g.lat from grid g"
				+ " join grid p on g.parent_id = p.id where p.code = ? and g.level <> 'BUILDING' order by g.code",
				Places::place, code);
	}

	Optional<Department> department(String code) {
		return this.jdbc.query("select code, name from department where code = ?",
				(row, n) -> new Department(row.getString(1), row.getString(2)), code).stream().findFirst();
	}

	List<Department> departments() {
		return this.jdbc.query("select code, name from department order by code",
				(row, n) -> new Department(row.getString(1), row.getString(2)));
	}

	/** A person's name, if they are one of the organisation's people. */
	Optional<String> personName(String username) {
		return this.jdbc.queryForList("select name from person where username = ?", String.class, username)
			.stream()
			.findFirst();
	}

	private static Place place(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new Place(row.getString("code"), row.getString("name"), row.getString("level"), row.getString("boundary"),
				(Double) row.getObject("lon"), (Double) row.getObject("lat"));
	}

}
