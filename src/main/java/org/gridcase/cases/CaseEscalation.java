package org.gridcase.cases;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One climb of a case up the ladder: from which level to which, why, and who was passed over.
 */
@Entity
class CaseEscalation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private HandlingLevel fromLevel;

	@Enumerated(EnumType.STRING)
	private HandlingLevel toLevel;

	@Enumerated(EnumType.STRING)
	private EscalationCause cause;

	private String skipped;

	private Instant escalatedAt;

	protected CaseEscalation() {
	}

	CaseEscalation(HandlingLevel fromLevel, HandlingLevel toLevel, EscalationCause cause, String skipped,
			Instant escalatedAt) {
		this.fromLevel = fromLevel;
		this.toLevel = toLevel;
		this.cause = cause;
		this.skipped = skipped;
		this.escalatedAt = escalatedAt;
	}

	HandlingLevel getFromLevel() {
		return this.fromLevel;
	}

	HandlingLevel getToLevel() {
		return this.toLevel;
	}

	EscalationCause getCause() {
		return this.cause;
	}

	/** The group (role at place) that was passed over, with the people holding it then. */
	String getSkipped() {
		return this.skipped;
	}

	Instant getEscalatedAt() {
		return this.escalatedAt;
	}

}
