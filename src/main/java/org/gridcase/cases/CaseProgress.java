package org.gridcase.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.gridcase.deadlines.Light;
import org.gridcase.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the case record in step with its processes, inside the engine's transaction: the
 * process listeners call this as the case moves (a completion calls it twice: its next step and
 * who is responsible). The record is found in the transaction's persistence context directly,
 * not through the Spring Data repository's proxies (issue 13: they were a visible share of a
 * completion's CPU for a lookup that is a map access once the record is loaded). The record
 * is loaded without an entity graph on purpose: Hibernate builds a new loader for every find
 * with one (measured: loading the step log with the record that way saved a statement and cost
 * more CPU than it saved).
 */
@Service
@Transactional
public class CaseProgress {

	private final EntityManager records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CasesBeingOpened opening;

	CaseProgress(EntityManager records, ApplicationEventPublisher events, Clock clock, CasesBeingOpened opening) {
		this.opening = opening;
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	public void enterStep(CaseId id, CaseStep step) {
		if (find(id).enterStep(step, this.clock.instant())) {
			this.events.publishEvent(new CaseStepEntered(id, step));
		}
	}

	/**
	 * The group now responsible for the case, and when its step is due; a department's group
	 * the first time publishes {@link CaseDispatchedToDepartment}.
	 */
	public void assignTo(CaseId id, String group, Instant stepDueAt) {
		find(id).assignTo(group, stepDueAt)
			.ifPresent(department -> this.events.publishEvent(new CaseDispatchedToDepartment(id, department, group)));
	}

	public void setCaseDueAt(CaseId id, Instant caseDueAt) {
		find(id).setCaseDueAt(caseDueAt);
		this.events.publishEvent(new CaseTimeLimitSet(id, caseDueAt));
	}

	public void escalate(CaseId id, HandlingLevel to, EscalationCause cause, String skipped) {
		HandlingLevel from = find(id).escalate(to, cause, skipped, this.clock.instant());
		this.events.publishEvent(new CaseEscalated(id, from, to, cause, skipped));
	}

	/**
	 * Turns the case's light (a change publishes {@link CaseLightTurned}); the first turn to red
	 * publishes {@link CaseTurnedRed}.
	 */
	public void turnLight(CaseId id, Light light) {
		CaseRecord record = find(id);
		Light before = record.getLight();
		boolean firstRed = record.turn(light, this.clock.instant());
		if (record.getLight() != before) {
			this.events.publishEvent(new CaseLightTurned(id, before, record.getLight()));
		}
		if (firstRed) {
			this.events.publishEvent(new CaseTurnedRed(id));
		}
	}

	public void countRework(CaseId id) {
		this.events.publishEvent(new ReworkCounted(id, find(id).countRework()));
	}

	public void reject(CaseId id, String reason) {
		CaseRecord record = find(id);
		CaseStep before = record.getStep();
		record.reject(reason, this.clock.instant());
		published(id, before, record);
	}

	public void close(CaseId id, String satisfaction) {
		CaseRecord record = find(id);
		CaseStep before = record.getStep();
		record.close(satisfaction, this.clock.instant());
		published(id, before, record);
	}

	private void published(CaseId id, CaseStep before, CaseRecord record) {
		if (record.getStep() != before) {
			this.events.publishEvent(new CaseStepEntered(id, record.getStep()));
		}
	}

	private CaseRecord find(CaseId id) {
		return this.opening.find(id)
			.or(() -> Optional.ofNullable(this.records.find(CaseRecord.class, id.value())))
			.orElseThrow(() -> new NotFoundException("No case " + id));
	}

}
