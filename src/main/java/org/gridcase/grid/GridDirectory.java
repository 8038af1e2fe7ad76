package org.gridcase.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gridcase.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding places: by code, their ancestors, their subtree.
 */
@Service
@Transactional(readOnly = true)
public class GridDirectory {

	/** Days (assignment validity, working calendars) are counted in China Standard Time. */
	private final StaffingQueries queries;

	GridDirectory(StaffingQueries queries) {
		this.queries = queries;
	}

	public Optional<GridView> find(String code) {
		return this.queries.grid(code);
	}

	/** The district this organisation is, once one has been created or imported. */
	public Optional<GridView> district() {
		return this.queries.district();
	}

	public GridView get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("No place has code " + code));
	}

	/** The district down to the place itself: each code's prefixes, one per level. */
	public List<GridView> ancestors(String code) {
		GridLevel level = GridLevel.ofCode(code).orElseThrow(() -> new NotFoundException("No place has code " + code));
		List<String> codes = new ArrayList<>();
		for (int length = GridLevel.DISTRICT.codeLength(); length <= level.codeLength(); length += 3) {
			codes.add(code.substring(0, length));
		}
		return this.queries.grids(codes);
	}

	/**
	 * The grid whose boundary covers a WGS84 point (JTS point-in-polygon over the grids whose
	 * bounding box contains it), if any.
	 */
	public Optional<GridView> locate(double lon, double lat) {
		return this.queries.gridsAround(lon, lat)
			.stream()
			.filter(grid -> GridShapes.covers(grid.boundary(), lon, lat))
			.findFirst();
	}

	/** The place and everything below it, in code order. */
	public List<GridView> subtree(String code, int offset, int limit) {
		get(code);
		return this.queries.subtree(code, offset, limit);
	}

}
