package org.gridcase.cases;

import java.time.Clock;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Opens and reads cases. Opening a case saves its record and starts its process in one
 * transaction: both are there afterwards, or neither.
 */
@Service
@Validated
public class CaseManagement {

	private final CaseRepository cases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseManagement(CaseRepository cases, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a new case at its report step and starts its lifecycle process.
	 */
	@Transactional
	public CaseId openCase(@Valid OpenCaseCommand command) {
		CaseRecord record = this.cases.save(new CaseRecord(CaseId.newId(), command.issueType(),
				command.description(), this.clock.instant()));
		this.events.publishEvent(new CaseOpened(record.getId(), record.getIssueType()));
		return record.getId();
	}

	@Transactional(readOnly = true)
	public Optional<CaseRecord> findCase(CaseId id) {
		return this.cases.findById(id.value());
	}

}
