package org.gridcase.patrol;

import java.time.LocalDate;

import org.gridcase.cases.Caller;
import org.gridcase.cases.Callers;
import org.gridcase.shared.UserTexts;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patrol log: grid staff write their own patrols and diary; places above read who missed
 * their patrols ({@link PatrolPolicy}).
 */
@RestController
@RequestMapping("/api/patrols")
class PatrolController {

	private final PatrolLog log;

	private final MissedPatrols missed;

	private final Callers callers;

	PatrolController(PatrolLog log, MissedPatrols missed, Callers callers) {
		this.log = log;
		this.missed = missed;
		this.callers = callers;
	}

	/** The caller's patrols and diary of a day (today if none given). */
	@GetMapping("/mine")
	PatrolDay mine(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Authentication user) {
		return this.log.day(day, this.callers.of(user));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PatrolView start(@RequestBody StartPatrolCommand command, Authentication user) {
		return this.log.start(command, patroller(user));
	}

	@PostMapping("/{id}/points")
	PatrolView track(@PathVariable long id, @RequestBody TrackCommand command, Authentication user) {
		return this.log.track(id, command, patroller(user));
	}

	@PostMapping("/{id}/findings")
	PatrolView addFinding(@PathVariable long id, @RequestBody AddFindingCommand command, Authentication user) {
		return this.log.addFinding(id, command, patroller(user));
	}

	@PostMapping("/{id}/end")
	PatrolView end(@PathVariable long id, Authentication user) {
		return this.log.end(id, patroller(user));
	}

	@PutMapping("/diary")
	DiaryView writeDiary(@RequestBody WriteDiaryCommand command, Authentication user) {
		return this.log.writeDiary(command, patroller(user));
	}

	/**
	 * The caller, if they patrol at all: those who do not are refused before their input is
	 * read (and validated).
	 */
	private Caller patroller(Authentication user) {
		Caller caller = this.callers.of(user);
		if (!PatrolPolicy.patrols(caller)) {
			throw new AccessDeniedException(UserTexts.get("patrol.grid-workers-only"));
		}
		return caller;
	}

	/** Grids at or below {@code place} with fewer than two finished patrols today. */
	@GetMapping("/missed")
	MissedPatrolsView missed(@RequestParam String place, Authentication user) {
		return this.missed.of(place, this.callers.of(user));
	}

}
