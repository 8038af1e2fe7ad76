package org.gridcase.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridcase.audit.AuditEventType;
import org.gridcase.audit.AuditTrail;
import org.gridcase.shared.ConflictException;
import org.gridcase.shared.District;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UserTexts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four-level warnings (四级预警): the district center sets one for a place subtree and days with a
 * reason, or lifts it early; each is recorded in the audit trail and announced
 * ({@link WarningsChanged}). The one writer of {@link Warning}.
 */
@Service
public class Warnings {

	static final int MAX_REASON = 500;

	private final WarningRepository repository;

	private final Places places;

	private final AuditTrail trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Warnings(WarningRepository repository, Places places, AuditTrail trail, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.places = places;
		this.trail = trail;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	WarningView set(SetWarningCommand command, String by) {
		List<FieldProblem> problems = new ArrayList<>();
		Places.Place place = null;
		if (command.place() == null || command.place().isBlank()) {
			problems.add(new FieldProblem("place", UserTexts.get("supervision.warning.place-required")));
		}
		else {
			place = this.places.place(command.place().trim()).orElse(null);
			if (place == null) {
				problems.add(new FieldProblem("place", UserTexts.get("supervision.scope.unknown-place", command.place())));
			}
		}
		WarningLevel level = level(command.level(), problems);
		LocalDate from = day(command.from(), "from", problems);
		LocalDate to = day(command.to(), "to", problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(new FieldProblem("to", UserTexts.get("supervision.period.to-before-from")));
		}
		else if (to != null && to.isBefore(today())) {
			problems.add(new FieldProblem("to", UserTexts.get("supervision.warning.past")));
		}
		String reason = command.reason() == null ? "" : command.reason().trim();
		if (reason.isEmpty() || reason.length() > MAX_REASON) {
			problems.add(new FieldProblem("reason", UserTexts.get("supervision.warning.reason", MAX_REASON)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Warning warning = this.repository.save(new Warning(place.code(), level, from, to, reason, by, this.clock.instant()));
		Map<String, Object> data = data(warning, place.name());
		data.put("reason", reason);
		this.trail.append(null, AuditEventType.WARNING_SET, data);
		this.events.publishEvent(new WarningsChanged(warning.getId()));
		return view(warning);
	}

	@Transactional
	WarningView lift(long id, String reason, String by) {
		Warning warning = this.repository.findById(id)
			.orElseThrow(() -> new NotFoundException(UserTexts.get("supervision.warning.not-found", id)));
		String why = reason == null ? "" : reason.trim();
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new InvalidInputException("reason", UserTexts.get("supervision.warning.reason", MAX_REASON));
		}
		if (!warning.lift(by, why, this.clock.instant())) {
			throw new ConflictException(UserTexts.get("supervision.warning.already-lifted"), null);
		}
		Map<String, Object> data = data(warning, placeName(warning.getPlaceCode()));
		data.put("reason", why);
		this.trail.append(null, AuditEventType.WARNING_LIFTED, data);
		this.events.publishEvent(new WarningsChanged(warning.getId()));
		return view(warning);
	}

	/** The warnings in force today, most severe first. */
	@Transactional(readOnly = true)
	public List<WarningView> inForce() {
		return this.repository.inForceOn(today()).stream().map(this::view).toList();
	}

	/** The warnings concerning a caller's places (above or below them); only those in force, if asked. */
	@Transactional(readOnly = true)
	List<WarningView> concerning(Reach reach, boolean inForceOnly, String placeCode) {
		List<Warning> warnings = inForceOnly ? this.repository.inForceOn(today()) : this.repository.findAllByOrderBySetAtDesc();
		return warnings.stream()
			.filter(warning -> reach.concerns(warning.getPlaceCode()))
			.filter(warning -> placeCode == null || warning.covers(placeCode) || placeCode.startsWith(warning.getPlaceCode())
					|| warning.getPlaceCode().startsWith(placeCode))
			.map(this::view)
			.toList();
	}

	private WarningView view(Warning warning) {
		return new WarningView(warning.getId(), warning.getPlaceCode(), placeName(warning.getPlaceCode()),
				warning.getLevel(), warning.getLevel().label(), warning.getLevel().color(), warning.getFrom(),
				warning.getTo(), warning.getReason(), warning.getSetBy(), warning.getSetAt(), warning.getLiftedAt(),
				warning.getLiftedBy(), warning.inForceOn(today()));
	}

	private Map<String, Object> data(Warning warning, String placeName) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("warningId", warning.getId());
		data.put("place", warning.getPlaceCode());
		data.put("placeName", placeName);
		data.put("level", warning.getLevel().name());
		data.put("levelLabel", warning.getLevel().label());
		data.put("from", warning.getFrom().toString());
		data.put("to", warning.getTo().toString());
		return data;
	}

	private String placeName(String code) {
		return this.places.place(code).map(Places.Place::name).orElse(code);
	}

	private static WarningLevel level(String value, List<FieldProblem> problems) {
		try {
			return WarningLevel.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("level", UserTexts.get("supervision.warning.level", value)));
			return null;
		}
	}

	private static LocalDate day(String value, String field, List<FieldProblem> problems) {
		try {
			return Period.day(value, field, null);
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.getProblems());
			return null;
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), District.ZONE);
	}

}
