package org.gridcase.cases;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * When a case entered (and left) one of its steps.
 */
@Entity
@Table(name = "case_step_log")
class CaseStepEntry {

	/**
	 * From the identity column's sequence, a block at a time (V29): an identity insert would be
	 * sent at once, inserting the new case's record before the engine set its due dates, and so
	 * updating it again at commit.
	 */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_step_log_id")
	@SequenceGenerator(name = "case_step_log_id", sequenceName = "case_step_log_id_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	private CaseStep step;

	private Instant enteredAt;

	private Instant leftAt;

	protected CaseStepEntry() {
	}

	CaseStepEntry(CaseStep step, Instant enteredAt) {
		this.step = step;
		this.enteredAt = enteredAt;
	}

	void leave(Instant at) {
		if (this.leftAt == null) {
			this.leftAt = at;
		}
	}

	CaseStep getStep() {
		return this.step;
	}

	Instant getEnteredAt() {
		return this.enteredAt;
	}

	Instant getLeftAt() {
		return this.leftAt;
	}

}
