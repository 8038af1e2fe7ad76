package org.gridcase.cases;

import java.time.Clock;
import java.time.Instant;

import org.gridcase.deadlines.Light;
import org.gridcase.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the case record in step with its processes, inside the engine's transaction: the
 * process listeners call this as the case moves.
 */
@Service
@Transactional
public class CaseProgress {

	private final CaseRepository cases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseProgress(CaseRepository cases, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.events = events;
		this.clock = clock;
	}

	public void enterStep(CaseId id, CaseStep step) {
		find(id).enterStep(step, this.clock.instant());
	}

	/** The group now responsible for the case, and when its step is due. */
	public void assignTo(CaseId id, String group, Instant stepDueAt) {
		find(id).assignTo(group, stepDueAt);
	}

	public void setCaseDueAt(CaseId id, Instant caseDueAt) {
		find(id).setCaseDueAt(caseDueAt);
	}

	public void escalate(CaseId id, HandlingLevel to, EscalationCause cause, String skipped) {
		find(id).escalate(to, cause, skipped, this.clock.instant());
	}

	/** Turns the case's light; the first turn to red publishes {@link CaseTurnedRed}. */
	public void turnLight(CaseId id, Light light) {
		if (find(id).turn(light, this.clock.instant())) {
			this.events.publishEvent(new CaseTurnedRed(id));
		}
	}

	public void countRework(CaseId id) {
		find(id).countRework();
	}

	public void reject(CaseId id, String reason) {
		find(id).reject(reason, this.clock.instant());
	}

	public void close(CaseId id, String satisfaction) {
		find(id).close(satisfaction, this.clock.instant());
	}

	private CaseRecord find(CaseId id) {
		return this.cases.findById(id.value()).orElseThrow(() -> new NotFoundException("No case " + id));
	}

}
