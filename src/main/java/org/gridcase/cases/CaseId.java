package org.gridcase.cases;

import java.util.UUID;

/**
 * Identifies a case; also the business key of its process instances.
 */
public record CaseId(UUID value) {

	public CaseId {
		if (value == null) {
			throw new IllegalArgumentException("value must not be null");
		}
	}

	static CaseId newId() {
		return new CaseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
