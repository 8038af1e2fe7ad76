package org.gridcase.grid;

/**
 * Where a place lies: its boundary as a GeoJSON polygon (with its bounding box, for
 * index-backed lookups) and a representative point, each optional. WGS84 longitude/latitude.
 */
record GridShape(String boundary, Double minLon, Double minLat, Double maxLon, Double maxLat, Double lon,
		Double lat) {

	static final GridShape NONE = new GridShape(null, null, null, null, null, null, null);

}
