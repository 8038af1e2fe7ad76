package org.gridcase.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import org.gridcase.grid.GridDirectory;
import org.gridcase.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Opens and reads cases; the only way other modules change a case besides the process's
 * {@link CaseProgress}. Readers get {@link CaseView} copies, never the record. Opening a case
 * saves its record and starts its process in one transaction: both are there afterwards, or
 * neither (the record is persisted after the start, {@link CasesBeingOpened}).
 */
@Service
@Validated
public class CaseManagement {

	private final CaseRepository cases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final GridDirectory grids;

	private final TrackingNumberSource trackingNumbers;

	private final EntityManager entityManager;

	private final CasesBeingOpened opening;

	CaseManagement(CaseRepository cases, ApplicationEventPublisher events, Clock clock, GridDirectory grids,
			TrackingNumberSource trackingNumbers, EntityManager entityManager, CasesBeingOpened opening) {
		this.opening = opening;
		this.trackingNumbers = trackingNumbers;
		this.entityManager = entityManager;
		this.cases = cases;
		this.grids = grids;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a new case at its report step, with a tracking number of its own, and starts its
	 * lifecycle process.
	 */
	@Transactional
	public CaseId openCase(@Valid OpenCaseCommand command) {
		return openCase(command, this.trackingNumbers.next(this.clock.instant()));
	}

	/**
	 * Records a new case opened by a report, under the report's tracking number, and starts its
	 * lifecycle process with that number as business key.
	 */
	@Transactional
	public CaseId openCase(@Valid OpenCaseCommand command, String trackingNumber) {
		if (this.grids.find(command.gridCode()).isEmpty()) {
			throw new InvalidInputException("gridCode", "no place has code " + command.gridCode());
		}
		if ((command.lon() == null) != (command.lat() == null)) {
			throw new InvalidInputException(command.lon() == null ? "lon" : "lat", "lon and lat go together");
		}
		CaseRecord record = new CaseRecord(CaseId.newId(), trackingNumber, command, this.clock.instant());
		this.opening.whileStarting(record, () -> this.events.publishEvent(new CaseOpened(record.getId(),
				record.getIssueType(), record.getSeverity(), record.getGridCode(), record.getDescription(),
				record.getAddress(), trackingNumber)));
		// persisted once its process has set its due dates and responsibility: one insert, no update;
		// persisted, not saved: the repository would merge a record with an id of its own, reading it first
		this.entityManager.persist(record);
		return record.getId();
	}

	/**
	 * Open cases of an issue type reported since a time whose point lies within a box around a
	 * point (a pre-selection; the caller measures the distance).
	 */
	@Transactional(readOnly = true)
	public List<CaseView> findOpenCasesAround(String issueType, double lon, double lat, double degrees,
			Instant since) {
		return this.cases.findOpenAround(issueType, lon - degrees, lon + degrees, lat - degrees, lat + degrees, since)
			.stream()
			.map(CaseRecord::view)
			.toList();
	}

	/** Whether a case already carries this tracking number. */
	@Transactional(readOnly = true)
	public boolean isTrackingNumberTaken(String trackingNumber) {
		return this.cases.existsByTrackingNumber(trackingNumber);
	}

	/** Another report of the case's problem came in. */
	@Transactional
	public void countReport(CaseId id) {
		CaseRecord record = this.cases.findById(id.value()).orElseThrow();
		record.countReport();
		this.events.publishEvent(new CaseReportsCounted(id, record.getReportCount()));
	}

	/** A report was unlinked from the case (it opens a case of its own). */
	@Transactional
	public void uncountReport(CaseId id) {
		CaseRecord record = this.cases.findById(id.value()).orElseThrow();
		record.uncountReport();
		this.events.publishEvent(new CaseReportsCounted(id, record.getReportCount()));
	}

	@Transactional(readOnly = true)
	public Optional<CaseView> findCase(CaseId id) {
		return this.opening.find(id).or(() -> this.cases.findById(id.value())).map(CaseRecord::view);
	}

	/** The case carrying a tracking number (the one it was opened under). */
	@Transactional(readOnly = true)
	public Optional<CaseView> findCaseByTrackingNumber(String trackingNumber) {
		return this.cases.findByTrackingNumber(trackingNumber).map(CaseRecord::view);
	}

}
