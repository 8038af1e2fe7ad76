package org.gridcase.audit;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long audit events are kept ({@code gridcase.audit.retention}, default 5 years), whatever
 * the engine's history time-to-live. The purge runs nightly ({@code gridcase.audit.purge-cron},
 * default {@code 0 30 2 * * *}). Events go to {@code gridcase.audit.chains} hash chains (default
 * 16, at most 32767), each case's to one of them ({@link AuditChains}).
 */
@ConfigurationProperties("gridcase.audit")
record AuditProperties(@DefaultValue("P5Y") Period retention, @DefaultValue("16") int chains) {

	AuditProperties {
		if (chains < 1 || chains > Short.MAX_VALUE) {
			throw new IllegalArgumentException("gridcase.audit.chains must be between 1 and " + Short.MAX_VALUE);
		}
	}

}
