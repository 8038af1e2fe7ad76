package org.gridcase.cases;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The record of a case while its lifecycle process starts, before it is persisted: the process
 * sets its due dates and who is responsible as it starts ({@link CaseProgress}), and alerts read it
 * ({@link CaseManagement#findCase}), so that the record is persisted afterwards with all of it in
 * one insert rather than inserted and then updated (issue 13: the update was one row of every
 * intake). Bound to the opening thread for the duration of the start, which runs synchronously
 * inside the transaction that opens the case.
 */
@Component
class CasesBeingOpened {

	private final ThreadLocal<CaseRecord> opening = new ThreadLocal<>();

	/** Runs the start of the case's process with its record at hand. */
	void whileStarting(CaseRecord record, Runnable start) {
		CaseRecord outer = this.opening.get();
		this.opening.set(record);
		try {
			start.run();
		}
		finally {
			if (outer == null) {
				this.opening.remove();
			}
			else {
				this.opening.set(outer);
			}
		}
	}

	Optional<CaseRecord> find(CaseId id) {
		CaseRecord record = this.opening.get();
		return record != null && record.getId().equals(id) ? Optional.of(record) : Optional.empty();
	}

}
