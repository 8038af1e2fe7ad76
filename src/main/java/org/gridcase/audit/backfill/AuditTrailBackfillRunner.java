package org.gridcase.audit.backfill;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs the audit trail backfill once, at the first start after it was installed (the engine is
 * up by then: application runners run after the context has started).
 */
@Component
class AuditTrailBackfillRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditTrailBackfillRunner.class);

	private final AuditTrailBackfill backfill;

	AuditTrailBackfillRunner(AuditTrailBackfill backfill) {
		this.backfill = backfill;
	}

	@Override
	public void run(ApplicationArguments args) {
		int events = this.backfill.runOnce();
		if (events > 0) {
			log.info("Audit trail backfilled from engine history and case records: {} events", events);
		}
	}

}
