package org.gridcase.grid;

/**
 * A place as shown to the API and other modules.
 */
public record GridView(String code, String name, GridLevel level, String parentCode, String boundary, Double lon,
		Double lat) {

	static GridView of(Grid grid) {
		GridShape shape = grid.shape();
		return new GridView(grid.getCode(), grid.getName(), grid.getLevel(),
				grid.getParent() == null ? null : grid.getParent().getCode(), shape.boundary(), shape.lon(), shape.lat());
	}

}
