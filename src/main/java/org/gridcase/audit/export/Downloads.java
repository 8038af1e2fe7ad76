package org.gridcase.audit.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;


import org.gridcase.shared.District;

import org.springframework.http.ContentDisposition;

/**
 * How downloads are named: what they are, the case or period, and the day (district time),
 * e.g. {@code 案件追溯材料_GC202611220001_20261122.pdf}; the header carries the name for old
 * clients and as RFC 5987 {@code filename*=UTF-8''…}.
 */
final class Downloads {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private Downloads() {
	}

	static String today(Clock clock) {
		return LocalDate.now(clock.withZone(District.ZONE)).format(DAY);
	}

	static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

}
