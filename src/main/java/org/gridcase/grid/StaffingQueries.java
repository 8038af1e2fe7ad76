package org.gridcase.grid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads routing, dispatch and dashboards make, in SQL that stays index-backed at city scale
 * (checked by {@code StaffingQueriesTests} against 20,000 grids and 100,000 assignments).
 */
@Component
class StaffingQueries {

	static final String GRID_BY_CODE = """
			select g.code, g.name, g.level, p.code as parent_code, g.boundary, g.lon, g.lat
			from grid g left join grid p on p.id = g.parent_id
			where g.code = :code
			""";

	static final String GRID_BY_FORMER_CODE = """
			select g.code from grid_former_code f join grid g on g.id = f.grid_id where f.code = :code
			""";

	static final String GRIDS_BY_CODES = """
			select g.code, g.name, g.level, p.code as parent_code, g.boundary, g.lon, g.lat
			from grid g left join grid p on p.id = g.parent_id
			where g.code in (:codes)
			order by length(g.code)
			""";

	static final String SUBTREE = """
			select g.code, g.name, g.level, p.code as parent_code, g.boundary, g.lon, g.lat
			from grid g left join grid p on p.id = g.parent_id
			where g.code like :prefix
			order by g.code
			limit :limit offset :offset
			""";

	static final String HOLDERS = """
			select p.username, p.name
			from grid g
			join role_assignment a on a.grid_id = g.id
			join person p on p.id = a.person_id
			left join department d on d.id = a.department_id
			where g.code = :placeCode and a.role = :role
			  and coalesce(d.code, '') = :departmentCode
			  and a.valid_from <= :today and (a.valid_to is null or a.valid_to > :today)
			order by p.username
			""";

	static final String ROLES_OF_PERSON = """
			select a.id, a.role, g.code as place_code, g.name as place_name, g.level, d.code as department_code,
			       d.name as department_name, a.valid_from, a.valid_to,
			       array(select f.code from grid_former_code f where f.grid_id = g.id) as former_codes
			from person p
			join role_assignment a on a.person_id = p.id
			join grid g on g.id = a.grid_id
			left join department d on d.id = a.department_id
			where p.username = :username
			  and a.valid_from <= :today and (a.valid_to is null or a.valid_to > :today)
			order by g.code, a.role
			""";

	/** Grids (and buildings) whose bounding box contains the point: candidates for the exact test. */
	static final String GRIDS_AROUND = """
			select g.code, g.name, g.level, p.code as parent_code, g.boundary, g.lon, g.lat
			from grid g left join grid p on p.id = g.parent_id
			where g.level = 'GRID' and g.min_lon <= :lon and g.max_lon >= :lon and g.min_lat <= :lat and g.max_lat >= :lat
			""";

	static final String PLACES_HOLDING = """
			select distinct g.code, d.code as department_code
			from role_assignment a
			join grid g on g.id = a.grid_id
			left join department d on d.id = a.department_id
			where a.role = :role and a.valid_from <= :today and (a.valid_to is null or a.valid_to > :today)
			""";

	private final JdbcClient jdbc;

	StaffingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The district: the place without a parent (the first by code, should there be several). */
	Optional<GridView> district() {
		return this.jdbc.sql("""
				select g.code, g.name, g.level, null as parent_code, g.boundary, g.lon, g.lat
				from grid g where g.parent_id is null order by g.code limit 1
				""").query(StaffingQueries::gridView).optional();
	}

	Optional<GridView> grid(String code) {
		return this.jdbc.sql(GRID_BY_CODE).param("code", code).query(StaffingQueries::gridView).optional();
	}

	Optional<String> currentCodeOf(String formerCode) {
		return this.jdbc.sql(GRID_BY_FORMER_CODE).param("code", formerCode).query(String.class).optional();
	}

	List<GridView> grids(List<String> codes) {
		return codes.isEmpty() ? List.of()
				: this.jdbc.sql(GRIDS_BY_CODES).param("codes", codes).query(StaffingQueries::gridView).list();
	}

	List<GridView> subtree(String code, int offset, int limit) {
		return this.jdbc.sql(SUBTREE)
			.param("prefix", escapeLike(code) + "%")
			.param("limit", limit)
			.param("offset", offset)
			.query(StaffingQueries::gridView)
			.list();
	}

	List<Holder> holders(RoleAtPlace roleAtPlace, LocalDate today) {
		return this.jdbc.sql(HOLDERS)
			.param("placeCode", roleAtPlace.placeCode())
			.param("role", roleAtPlace.role().name())
			.param("departmentCode", roleAtPlace.departmentCode() == null ? "" : roleAtPlace.departmentCode())
			.param("today", today)
			.query((rs, row) -> new Holder(rs.getString("username"), rs.getString("name")))
			.list();
	}

	List<HeldRole> rolesOf(String username, LocalDate today) {
		return this.jdbc.sql(ROLES_OF_PERSON).param("username", username).param("today", today).query((rs, row) -> {
			RoleAtPlace roleAtPlace = new RoleAtPlace(Role.valueOf(rs.getString("role")), rs.getString("department_code"),
					rs.getString("place_code"));
			String[] formerCodes = (String[]) rs.getArray("former_codes").getArray();
			return new HeldRole(rs.getLong("id"), roleAtPlace, rs.getString("place_name"),
					GridLevel.valueOf(rs.getString("level")), rs.getString("department_name"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					List.of(formerCodes));
		}).list();
	}

	List<GridView> gridsAround(double lon, double lat) {
		return this.jdbc.sql(GRIDS_AROUND).param("lon", lon).param("lat", lat).query(StaffingQueries::gridView).list();
	}

	List<RoleAtPlace> placesHolding(Role role, LocalDate today) {
		return this.jdbc.sql(PLACES_HOLDING)
			.param("role", role.name())
			.param("today", today)
			.query((rs, row) -> new RoleAtPlace(role, rs.getString("department_code"), rs.getString("code")))
			.list();
	}

	private static GridView gridView(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new GridView(rs.getString("code"), rs.getString("name"), GridLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"), rs.getString("boundary"), rs.getObject("lon", Double.class),
				rs.getObject("lat", Double.class));
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
