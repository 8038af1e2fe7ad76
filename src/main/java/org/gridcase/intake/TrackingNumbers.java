package org.gridcase.intake;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Public tracking numbers such as {@code 20261121-384105}: the day in China Standard Time and six
 * random digits, so that one number does not lead to the next (a million per day; a taken number
 * is drawn again).
 */
@Component
class TrackingNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

	private final SecureRandom random = new SecureRandom();

	private final ReportRepository reports;

	TrackingNumbers(ReportRepository reports) {
		this.reports = reports;
	}

	String next(Instant now) {
		for (int attempt = 0; attempt < 20; attempt++) {
			String candidate = DAY.format(now) + "-%06d".formatted(this.random.nextInt(1_000_000));
			if (!this.reports.existsByTrackingNumber(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No free tracking number for " + DAY.format(now));
	}

}
