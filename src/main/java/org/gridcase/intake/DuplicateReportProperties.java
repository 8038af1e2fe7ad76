package org.gridcase.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a report counts as another report of an open case: same issue type, within
 * {@code distanceMeters} of the case's point, the case opened within {@code window}.
 */
@ConfigurationProperties("gridcase.intake.duplicates")
record DuplicateReportProperties(@DefaultValue("50") double distanceMeters, @DefaultValue("24h") Duration window) {
}
