package org.gridcase.intake;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseRecord;

import org.springframework.stereotype.Component;

/**
 * A report of the same type within the configured distance and time window of an open case is
 * that case's problem again: it is linked to the nearest such case (the reporter follows it)
 * instead of opening a new one. Reports without a point are never linked automatically.
 */
@Component
class DuplicateReportPolicy {

	private static final double EARTH_RADIUS_METERS = 6_371_000;

	private static final double METERS_PER_DEGREE = 111_000;

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
		// a box comfortably larger than the distance (a degree of longitude shrinks northwards)
		double degrees = this.properties.distanceMeters() / METERS_PER_DEGREE * 2;
		return this.cases
			.findOpenCasesAround(issueType, lon, lat, degrees, now.minus(this.properties.window()))
			.stream()
			.filter(candidate -> candidate.getLon() != null && candidate.getLat() != null)
			.filter(candidate -> meters(lon, lat, candidate) <= this.properties.distanceMeters())
			.min(Comparator.comparingDouble(candidate -> meters(lon, lat, candidate)))
			.map(CaseRecord::getId);
	}

	/** Great-circle distance (haversine). */
	static double meters(double lon, double lat, CaseRecord other) {
		double dLat = Math.toRadians(other.getLat() - lat);
		double dLon = Math.toRadians(other.getLon() - lon);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
				* Math.cos(Math.toRadians(other.getLat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(a));
	}

}
