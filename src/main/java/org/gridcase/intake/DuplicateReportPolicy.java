package org.gridcase.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseView;

import org.springframework.stereotype.Component;

/**
 * A report of the same type within the configured distance and time window of an open case is
 * that case's problem again: it is linked to the nearest such case (the reporter follows it)
 * instead of opening a new one. Reports without a point are never linked automatically.
 * <p>
 * The search looks into a box around the point; {@link #areas} names the cells of a coarse
 * raster (per issue type) that box touches. Two reports that could be duplicates of each other
 * always share a cell, so locking the cells ({@link IntakeLocks}) before searching keeps two
 * concurrent reports of one problem from opening two cases.
 */
@Component
class DuplicateReportPolicy {

	private static final double EARTH_RADIUS_METERS = 6_371_000;

	private static final double METERS_PER_DEGREE = 111_000;

	/** Size of a lock cell, in degrees (about 1 km): coarse, so that a search touches few cells. */
	static final double CELL_DEGREES = 0.01;

	private final CaseManagement cases;

	private final DuplicateReportProperties properties;

	DuplicateReportPolicy(CaseManagement cases, DuplicateReportProperties properties) {
		this.cases = cases;
		this.properties = properties;
	}

	Optional<CaseId> openCaseOfTheSameProblem(String issueType, Double lon, Double lat, Instant now) {
		if (lon == null || lat == null) {
			return Optional.empty();
		}
		return this.cases
			.findOpenCasesAround(issueType, lon, lat, boxDegrees(), now.minus(this.properties.window()))
			.stream()
			.filter(candidate -> candidate.lon() != null && candidate.lat() != null)
			.filter(candidate -> meters(lon, lat, candidate) <= this.properties.distanceMeters())
			.min(Comparator.comparingDouble(candidate -> meters(lon, lat, candidate)))
			.map(CaseView::id);
	}

	/** The lock names of the cells the search around a point reads, for this issue type. */
	List<String> areas(String issueType, double lon, double lat) {
		double degrees = boxDegrees();
		List<String> areas = new ArrayList<>();
		for (long x = cell(lon - degrees); x <= cell(lon + degrees); x++) {
			for (long y = cell(lat - degrees); y <= cell(lat + degrees); y++) {
				areas.add("duplicates:" + issueType + ":" + x + ":" + y);
			}
		}
		return areas;
	}

	/** Half the side of the search box: comfortably more than the distance (a degree of longitude shrinks northwards). */
	private double boxDegrees() {
		return this.properties.distanceMeters() / METERS_PER_DEGREE * 2;
	}

	private static long cell(double degrees) {
		return (long) Math.floor(degrees / CELL_DEGREES);
	}

	/** Great-circle distance (haversine). */
	static double meters(double lon, double lat, CaseView other) {
		double dLat = Math.toRadians(other.lat() - lat);
		double dLon = Math.toRadians(other.lon() - lon);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
				* Math.cos(Math.toRadians(other.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(a));
	}

}
