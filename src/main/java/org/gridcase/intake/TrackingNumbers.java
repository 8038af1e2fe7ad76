package org.gridcase.intake;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.TrackingNumberSource;
import org.gridcase.shared.District;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Public tracking numbers such as {@code 20261121-384105}: the day in China Standard Time and six
 * random digits, so that one number does not lead to the next (a million per day; a taken number
 * is drawn again, whether a report or a case opened without one holds it).
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

	@Override
	public String next(Instant now) {
		for (int attempt = 0; attempt < 20; attempt++) {
			String candidate = DAY.format(now) + "-%06d".formatted(this.random.nextInt(1_000_000));
			if (!this.reports.existsByTrackingNumber(candidate) && !this.cases.isTrackingNumberTaken(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No free tracking number for " + DAY.format(now));
	}

}
