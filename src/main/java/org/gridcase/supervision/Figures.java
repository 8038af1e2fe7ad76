package org.gridcase.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UserTexts;

/**
 * The figures of a scope and period, as defined in {@code docs/supervision-figures.md}. Rates
 * are fractions (4 decimals, {@code null} without a denominator), times working hours.
 */
record Figures(long reports, long opened, long registered, long rejected, long closed, Double closureRate,
		Double onTimeClosureRate, long overdue, Double reworkRate, Double avgHandlingHours, Double p90HandlingHours,
		Double solvedInGridShare, double solvedInGridTarget, Map<String, Long> escalations, long jointEnforcements,
		Satisfaction satisfaction, long accountabilityReviews, long accountabilityFindings) {

	/** "90% of problems solved in the grid" (DOMAIN.md). */
	static final double SOLVED_IN_GRID_TARGET = 0.9;

	/** The levels a case climbs to, in order. */
	static final List<String> ESCALATION_LEVELS = List.of("COMMUNITY", "STREET", "DISTRICT", "DEPARTMENT");

	/** Figures that are numbers, in the order exports show them. */
	static final List<String> NUMBERS = List.of("reports", "opened", "registered", "rejected", "closed", "closureRate",
			"onTimeClosureRate", "overdue", "reworkRate", "avgHandlingHours", "p90HandlingHours", "solvedInGridShare",
			"escalationsTotal", "jointEnforcements", "satisfactionRate", "accountabilityReviews",
			"accountabilityFindings");

	static final Set<String> RATES = Set.of("closureRate", "onTimeClosureRate", "reworkRate", "solvedInGridShare",
			"satisfactionRate");

	record Satisfaction(long answered, long satisfied, Double rate) {
	}

	static Figures of(Tally tally) {
		Map<String, Long> escalations = new LinkedHashMap<>();
		ESCALATION_LEVELS.forEach(level -> escalations.put(level, tally.escalations.getOrDefault(level, 0L)));
		return new Figures(tally.reports, tally.opened, tally.registered, tally.rejected, tally.closed,
				rate(tally.registeredClosedByEnd, tally.registered), rate(tally.closedOnTime, tally.closed),
				tally.overdue, rate(tally.reworked, tally.closed), hours(tally.avgHandlingMinutes),
				hours(tally.p90HandlingMinutes), rate(tally.solvedInGrid, tally.closed), SOLVED_IN_GRID_TARGET,
				escalations, tally.jointEnforcements,
				new Satisfaction(tally.answered, tally.satisfied, rate(tally.satisfied, tally.answered)),
				tally.accountabilityReviews, tally.findings);
	}

	/** A number figure by name (see {@link #NUMBERS}). */
	Double number(String figure) {
		return switch (figure) {
			case "reports" -> (double) this.reports;
			case "opened" -> (double) this.opened;
			case "registered" -> (double) this.registered;
			case "rejected" -> (double) this.rejected;
			case "closed" -> (double) this.closed;
			case "closureRate" -> this.closureRate;
			case "onTimeClosureRate" -> this.onTimeClosureRate;
			case "overdue" -> (double) this.overdue;
			case "reworkRate" -> this.reworkRate;
			case "avgHandlingHours" -> this.avgHandlingHours;
			case "p90HandlingHours" -> this.p90HandlingHours;
			case "solvedInGridShare" -> this.solvedInGridShare;
			case "escalationsTotal" -> (double) this.escalations.values().stream().mapToLong(Long::longValue).sum();
			case "jointEnforcements" -> (double) this.jointEnforcements;
			case "satisfactionRate" -> this.satisfaction.rate();
			case "accountabilityReviews" -> (double) this.accountabilityReviews;
			case "accountabilityFindings" -> (double) this.accountabilityFindings;
			default -> throw new IllegalArgumentException("no figure " + figure);
		};
	}

	/** A number figure as a table cell: counts as whole numbers, rates and hours as decimals. */
	Object cell(String figure) {
		Double value = number(figure);
		return value == null || RATES.contains(figure) || figure.endsWith("Hours") ? value : (Object) value.longValue();
	}

	/** Checks a figure name the client sent. */
	static String figure(String value, String field) {
		String figure = value == null || value.isBlank() ? "closureRate" : value.trim();
		if (!NUMBERS.contains(figure)) {
			throw new InvalidInputException(field, UserTexts.get("supervision.figure.unknown", figure));
		}
		return figure;
	}

	static String label(String figure) {
		return UserTexts.get("supervision.figure." + figure);
	}

	private static Double rate(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
	}

	private static Double hours(Double minutes) {
		return minutes == null ? null : BigDecimal.valueOf(minutes / 60).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

}
