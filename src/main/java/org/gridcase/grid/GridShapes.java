package org.gridcase.grid;

import java.util.ArrayList;
import java.util.List;

import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads and checks a place's boundary (a GeoJSON Polygon or MultiPolygon, WGS84) and point.
 */
final class GridShapes {

	private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private GridShapes() {
	}

	/**
	 * The shape, or the problems found, with fields named by the given prefix (e.g. "" or
	 * "grids.csv:12:").
	 */
	static GridShape read(String boundary, Double lon, Double lat, String fieldPrefix, List<FieldProblem> problems) {
		int before = problems.size();
		if ((lon == null) != (lat == null)) {
			problems.add(new FieldProblem(fieldPrefix + (lon == null ? "lon" : "lat"), "lon and lat go together"));
		}
		if (lon != null && (lon < -180 || lon > 180)) {
			problems.add(new FieldProblem(fieldPrefix + "lon", "must be between -180 and 180"));
		}
		if (lat != null && (lat < -90 || lat > 90)) {
			problems.add(new FieldProblem(fieldPrefix + "lat", "must be between -90 and 90"));
		}
		Geometry area = null;
		if (boundary != null && !boundary.isBlank()) {
			area = polygon(boundary, fieldPrefix + "boundary", problems);
		}
		if (problems.size() > before) {
			return GridShape.NONE;
		}
		if (area != null && lon != null && !area.covers(WGS84.createPoint(new Coordinate(lon, lat)))) {
			problems.add(new FieldProblem(fieldPrefix + "lon", "the point lies outside the boundary"));
			return GridShape.NONE;
		}
		if (area == null) {
			return new GridShape(null, null, null, null, null, lon, lat);
		}
		Envelope box = area.getEnvelopeInternal();
		return new GridShape(boundary, box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), lon, lat);
	}

	private static Geometry polygon(String boundary, String field, List<FieldProblem> problems) {
		try {
			Geometry geometry = new GeoJsonReader(WGS84).read(boundary);
			if (!(geometry instanceof Polygonal)) {
				problems.add(new FieldProblem(field, "must be a GeoJSON Polygon or MultiPolygon"));
				return null;
			}
			if (!geometry.isValid()) {
				problems.add(new FieldProblem(field, "is not a valid polygon (self-intersecting or unclosed)"));
				return null;
			}
			Envelope box = geometry.getEnvelopeInternal();
			if (box.getMinX() < -180 || box.getMaxX() > 180 || box.getMinY() < -90 || box.getMaxY() > 90) {
				problems.add(new FieldProblem(field, "has coordinates outside WGS84 longitude/latitude"));
				return null;
			}
			return geometry;
		}
		catch (ParseException | RuntimeException ex) {
			problems.add(new FieldProblem(field, "is not GeoJSON: " + ex.getMessage()));
			return null;
		}
	}

	static boolean covers(String boundary, double lon, double lat) {
		if (boundary == null) {
			return false;
		}
		try {
			return new GeoJsonReader(WGS84).read(boundary).covers(WGS84.createPoint(new Coordinate(lon, lat)));
		}
		catch (ParseException ex) {
			return false;
		}
	}

	static List<FieldProblem> none() {
		return new ArrayList<>();
	}

}
