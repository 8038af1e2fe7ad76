package org.gridcase.intake;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;

import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.TrackingNumberSource;
import org.gridcase.shared.District;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Public tracking numbers such as {@code 20261121-384105}: the day in China Standard Time and six
 * random digits, so that one number does not lead to the next (a million per day; a taken number
 * is drawn again, whether a report or a case opened without one holds it).
 * <p>
 * A report that opens a case of its own takes its number without looking (issue 13: two queries
 * less per report): the report's and the case's unique keys refuse a number either holds, and the
 * intake then files the report again with a new number ({@link ConflictRetry}). A report linked to
 * an open case looks only at the cases: unlinked later, it opens a case under its number.
 */
@Component
class TrackingNumbers implements TrackingNumberSource {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(District.ZONE);

	private final SecureRandom random = new SecureRandom();

	private final ReportRepository reports;

	private final CaseManagement cases;

	TrackingNumbers(ReportRepository reports, @Lazy CaseManagement cases) {
		this.reports = reports;
		this.cases = cases;
	}

	/** A number for a case opened without a report: neither a report nor a case holds it. */
	@Override
	public String next(Instant now) {
		return free(now, candidate -> !this.reports.existsByTrackingNumber(candidate)
				&& !this.cases.isTrackingNumberTaken(candidate));
	}

	/** A number for a report that opens a case: the unique keys of both refuse one taken. */
	String forReportOpeningACase(Instant now) {
		return draw(now);
	}

	/** A number for a report linked to an open case: no case holds it; the reports' unique key guards the rest. */
	String forLinkedReport(Instant now) {
		return free(now, candidate -> !this.cases.isTrackingNumberTaken(candidate));
	}

	private String free(Instant now, Predicate<String> isFree) {
		for (int attempt = 0; attempt < 20; attempt++) {
			String candidate = draw(now);
			if (isFree.test(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No free tracking number for " + DAY.format(now));
	}

	private String draw(Instant now) {
		return DAY.format(now) + "-%06d".formatted(this.random.nextInt(1_000_000));
	}

}
