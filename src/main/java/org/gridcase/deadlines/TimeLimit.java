package org.gridcase.deadlines;

import java.math.BigDecimal;

/**
 * A time limit such as "2 working days". Its calendar text, understood by the engine's
 * {@code duration} business calendar and so usable in BPMN timer durations, is an ISO-8601
 * duration, prefixed with {@code WORKING } when counted in working time: {@code PT4H},
 * {@code WORKING PT4H}, {@code WORKING P2D}.
 */
public record TimeLimit(BigDecimal amount, LimitUnit unit) {

	public TimeLimit {
		if (amount == null || amount.signum() <= 0 || unit == null) {
			throw new IllegalArgumentException("a time limit needs a positive amount and a unit");
		}
	}

	public static TimeLimit of(double amount, LimitUnit unit) {
		return new TimeLimit(BigDecimal.valueOf(amount).stripTrailingZeros(), unit);
	}

	/** The same limit scaled, e.g. 80% of it; working days become working hours when fractional. */
	public TimeLimit times(double fraction) {
		BigDecimal scaled = this.amount.multiply(BigDecimal.valueOf(fraction)).stripTrailingZeros();
		if (this.unit == LimitUnit.WORKING_DAYS && scaled.stripTrailingZeros().scale() > 0) {
			return new TimeLimit(scaled.multiply(BigDecimal.valueOf(WorkingCalendar.OFFICE_HOURS_PER_DAY)),
					LimitUnit.WORKING_HOURS);
		}
		return new TimeLimit(scaled, this.unit);
	}

	public String calendarText() {
		return switch (this.unit) {
			case EMERGENCY_HOURS -> "PT" + minutes() + "M";
			case WORKING_HOURS -> "WORKING PT" + minutes() + "M";
			case WORKING_DAYS -> "WORKING P" + this.amount.toBigInteger() + "D";
		};
	}

	/**
	 * Reads calendar text written by {@link #calendarText()}; plain ISO durations other than
	 * hours and minutes (such as {@code P1D}) are no time limit of ours.
	 * @throws IllegalArgumentException for anything else
	 */
	public static TimeLimit parse(String text) {
		String trimmed = text.trim();
		boolean working = trimmed.startsWith("WORKING ");
		String iso = working ? trimmed.substring("WORKING ".length()).trim() : trimmed;
		if (working && iso.matches("P\\d+D")) {
			return new TimeLimit(new BigDecimal(iso.substring(1, iso.length() - 1)), LimitUnit.WORKING_DAYS);
		}
		if (iso.startsWith("PT")) {
			BigDecimal hours = BigDecimal.valueOf(java.time.Duration.parse(iso).toSeconds())
				.divide(BigDecimal.valueOf(3600), 6, java.math.RoundingMode.HALF_UP)
				.stripTrailingZeros();
			return new TimeLimit(hours, working ? LimitUnit.WORKING_HOURS : LimitUnit.EMERGENCY_HOURS);
		}
		throw new IllegalArgumentException("not a time limit: " + text);
	}

	/** Chinese, e.g. "2个工作日". */
	public String label() {
		return this.amount.toPlainString() + this.unit.label();
	}

	private long minutes() {
		return this.amount.multiply(BigDecimal.valueOf(60)).longValue();
	}

}
