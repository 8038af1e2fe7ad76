package org.gridcase.audit;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long audit events are kept ({@code gridcase.audit.retention}, default 5 years), whatever
 * the engine's history time-to-live. The purge runs nightly ({@code gridcase.audit.purge-cron},
 * default {@code 0 30 2 * * *}).
 */
@ConfigurationProperties("gridcase.audit")
record AuditProperties(@DefaultValue("P5Y") Period retention) {
}
