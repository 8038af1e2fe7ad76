package org.gridcase.supervision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live light board: the deadline lights of the running cases (not closed, not rejected)
 * counted per place from a place down to its grids; one grouped query over the partial index
 * of running cases, summed up the tree.
 */
@Component
class LightBoard {

	static final List<String> LIGHTS = List.of("GREEN", "YELLOW", "RED");

	private final JdbcTemplate jdbc;

	private final Places places;

	LightBoard(JdbcTemplate jdbc, Places places) {
		this.jdbc = jdbc;
		this.places = places;
	}

	record Node(String code, String name, String level, Map<String, Long> counts, String casesUrl,
			List<Node> children) {
	}

	@Transactional(readOnly = true)
	Node board(Places.Place root, String departmentCode) {
		Map<String, Map<String, Long>> byGrid = runningByGrid(root.code(), departmentCode);
		Map<String, Node> nodes = new HashMap<>();
		Node top = null;
		for (Places.Place place : this.places.subtree(root.code())) {
			Map<String, Long> counts = new LinkedHashMap<>();
			LIGHTS.forEach(light -> counts.put(light, 0L));
			byGrid.forEach((grid, lights) -> {
				if (grid.startsWith(place.code())) {
					lights.forEach((light, count) -> counts.merge(light, count, Long::sum));
				}
			});
			Node node = new Node(place.code(), place.name(), place.level(), counts,
					"/api/supervision/cases?place=" + place.code(), new ArrayList<>());
			nodes.put(place.code(), node);
			if (top == null) {
				top = node;
			}
			else {
				Node parent = parentOf(nodes, place.code());
				if (parent != null) {
					parent.children().add(node);
				}
			}
		}
		return top;
	}

	/** Running cases per grid and light. */
	Map<String, Map<String, Long>> runningByGrid(String placeCode, String departmentCode) {
		Map<String, Map<String, Long>> counts = new HashMap<>();
		String sql = "select c.grid_code, c.light, count(*) as n from supervision_case c where c.closed_at is null"
				+ " and c.grid_code like ?" + (departmentCode == null ? ""
						: " and (',' || c.dispatched_departments || ',') like ?")
				+ " group by 1, 2";
		Object[] args = departmentCode == null ? new Object[] { placeCode + "%" }
				: new Object[] { placeCode + "%", "%," + departmentCode + ",%" };
		this.jdbc.query(sql, (java.sql.ResultSet row) -> {
			counts.computeIfAbsent(row.getString(1), grid -> new HashMap<>()).merge(row.getString(2), row.getLong(3), Long::sum);
		}, args);
		return counts;
	}

	private static Node parentOf(Map<String, Node> nodes, String code) {
		for (int length = code.length() - 3; length >= 6; length -= 3) {
			Node parent = nodes.get(code.substring(0, length));
			if (parent != null) {
				return parent;
			}
		}
		return null;
	}

}
