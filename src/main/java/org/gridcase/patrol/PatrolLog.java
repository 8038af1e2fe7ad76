package org.gridcase.patrol;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.gridcase.cases.Caller;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.GridView;
import org.gridcase.intake.ReportIntake;
import org.gridcase.shared.ConflictException;
import org.gridcase.shared.District;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UserTexts;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The patrol log's use cases: a person starts a patrol of a grid, tracks it, links the reports
 * they file on the way, ends it, and writes the day's diary. Each person has at most one patrol
 * under way. Days are counted in China Standard Time.
 */
@Service
@Transactional
@Validated
public class PatrolLog {

	/** How far back a diary may be written or corrected. */
	static final int DIARY_DAYS_BACK = 7;

	private final PatrolRepository patrols;

	private final DiaryRepository diary;

	private final GridDirectory grids;

	private final ReportIntake intake;

	private final Clock clock;

	PatrolLog(PatrolRepository patrols, DiaryRepository diary, GridDirectory grids, ReportIntake intake, Clock clock) {
		this.patrols = patrols;
		this.diary = diary;
		this.grids = grids;
		this.intake = intake;
		this.clock = clock;
	}

	/**
	 * @throws ConflictException if the caller has a patrol under way (end it first)
	 */
	PatrolView start(@Valid StartPatrolCommand command, Caller caller) {
		requirePatroller(caller);
		GridView grid = this.grids.find(command.gridCode())
			.filter(found -> found.level() == GridLevel.GRID)
			.orElseThrow(() -> new InvalidInputException("gridCode", UserTexts.get("report.unknown-grid", command.gridCode())));
		if (!PatrolPolicy.mayPatrol(caller, grid.code())) {
			throw new AccessDeniedException(UserTexts.get("patrol.grid-not-allowed", grid.code()));
		}
		if (this.patrols.findUnderWay(caller.username()).isPresent()) {
			throw underWay(null);
		}
		try {
			return PatrolView.of(this.patrols.saveAndFlush(new Patrol(caller.username(), grid.code(), this.clock.instant())));
		}
		catch (DataIntegrityViolationException ex) {
			throw underWay(ex);
		}
	}

	PatrolView track(long patrolId, @Valid TrackCommand command, Caller caller) {
		Patrol patrol = own(patrolId, caller);
		patrol.track(command.points().stream().map(point -> new TrackPoint(point.at() == null ? this.clock.instant()
				: point.at(), point.lon(), point.lat(), point.accuracy())).toList());
		return PatrolView.of(patrol);
	}

	/** Links a report filed on the patrol (by its tracking number) as a finding. */
	PatrolView addFinding(long patrolId, @Valid AddFindingCommand command, Caller caller) {
		Patrol patrol = own(patrolId, caller);
		if (this.intake.track(command.trackingNumber()).isEmpty()) {
			throw new InvalidInputException("trackingNumber", UserTexts.get("patrol.unknown-report", command.trackingNumber()));
		}
		patrol.addFinding(command.trackingNumber(), this.clock.instant());
		return PatrolView.of(patrol);
	}

	PatrolView end(long patrolId, Caller caller) {
		Patrol patrol = own(patrolId, caller);
		patrol.end(this.clock.instant());
		return PatrolView.of(patrol);
	}

	DiaryView writeDiary(@Valid WriteDiaryCommand command, Caller caller) {
		requirePatroller(caller);
		LocalDate today = today();
		if (command.day().isAfter(today) || command.day().isBefore(today.minusDays(DIARY_DAYS_BACK))) {
			throw new InvalidInputException("day",
					UserTexts.get("patrol.diary-day-out-of-range", String.valueOf(DIARY_DAYS_BACK)));
		}
		String gridCode = command.gridCode() != null ? command.gridCode() : PatrolPolicy.homeGrid(caller);
		if (gridCode == null || !PatrolPolicy.mayPatrol(caller, gridCode)) {
			throw new InvalidInputException("gridCode", UserTexts.get("patrol.diary-grid-required"));
		}
		DiaryEntry entry = this.diary.findById(new DiaryEntry.Key(caller.username(), command.day()))
			.orElseGet(() -> new DiaryEntry(caller.username(), command.day()));
		entry.write(gridCode, command.text().strip(), this.clock.instant());
		return DiaryView.of(this.diary.save(entry));
	}

	/** The caller's patrols of a day and their diary. */
	@Transactional(readOnly = true)
	PatrolDay day(LocalDate day, Caller caller) {
		LocalDate shown = day != null ? day : today();
		Instant from = shown.atStartOfDay(District.ZONE).toInstant();
		Instant to = shown.plusDays(1).atStartOfDay(District.ZONE).toInstant();
		List<PatrolView> patrolsOfDay = this.patrols
			.findByUsernameAndStartedAtGreaterThanEqualAndStartedAtLessThanOrderByStartedAt(caller.username(), from, to)
			.stream()
			.map(PatrolView::of)
			.toList();
		PatrolView underWay = this.patrols.findUnderWay(caller.username()).map(PatrolView::of).orElse(null);
		DiaryView entry = this.diary.findById(new DiaryEntry.Key(caller.username(), shown)).map(DiaryView::of).orElse(null);
		return new PatrolDay(shown, PatrolPolicy.homeGrid(caller), underWay, patrolsOfDay, entry);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(District.ZONE));
	}

	private Patrol own(long patrolId, Caller caller) {
		requirePatroller(caller);
		Patrol patrol = this.patrols.findById(patrolId)
			.orElseThrow(() -> new NotFoundException(UserTexts.get("patrol.unknown", String.valueOf(patrolId))));
		if (!patrol.getUsername().equals(caller.username())) {
			throw new AccessDeniedException(UserTexts.get("patrol.not-yours"));
		}
		return patrol;
	}

	private static void requirePatroller(Caller caller) {
		if (!PatrolPolicy.patrols(caller)) {
			throw new AccessDeniedException(UserTexts.get("patrol.grid-workers-only"));
		}
	}

	private static ConflictException underWay(Throwable cause) {
		return new ConflictException(UserTexts.get("patrol.already-running"), cause);
	}

}
