package org.gridcase.audit;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Which hash chain an event goes to: a case's events all to one chain, picked by its id among
 * {@code gridcase.audit.chains} chains (0, 1, …); events of no case (warnings, exports, staffing)
 * to chain 0. Transactions of cases in different chains append without waiting for one another.
 * Changing the number later is safe: each link stays in its chain, and verification covers every
 * chain that has a head or an event, whatever the setting.
 */
@Component
class AuditChains {

	private final int count;

	AuditChains(AuditProperties properties) {
		this.count = properties.chains();
	}

	int chainOf(UUID caseId) {
		return caseId == null ? 0 : Math.floorMod(caseId.hashCode(), this.count);
	}

	int count() {
		return this.count;
	}

}
