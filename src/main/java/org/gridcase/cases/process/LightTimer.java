package org.gridcase.cases.process;

import java.time.Instant;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.gridcase.deadlines.Light;

/**
 * What a light timer turns when it fires: a task's light (and its case's, when the task is a
 * step of the case), or the whole case's. A task or case has one light timer at a time: the
 * yellow one carries when the light turns red ({@code redAt}), and firing schedules the red one
 * then, or turns red at once when that time has passed too.
 * <p>
 * Canonical form {@code TASK:<taskId>:<caseId>:YELLOW:<redAt epoch ms>},
 * {@code TASK:<taskId>::RED} or {@code CASE::<caseId>:YELLOW:<redAt>}; timers written before
 * there was one timer at a time have no {@code redAt} (their red timer exists already).
 */
record LightTimer(String taskId, String caseId, Light light, Instant redAt) implements JobHandlerConfiguration {

	private static final String TASK = "TASK";

	private static final String CASE = "CASE";

	static LightTimer yellow(String taskId, String caseId, Instant redAt) {
		return new LightTimer(taskId, caseId, Light.YELLOW, redAt);
	}

	/** The timer that follows this yellow one. */
	LightTimer red() {
		return new LightTimer(this.taskId, this.caseId, Light.RED, null);
	}

	static LightTimer parse(String canonical) {
		String[] parts = canonical.split(":", -1);
		return new LightTimer(parts[1].isEmpty() ? null : parts[1], parts[2].isEmpty() ? null : parts[2],
				Light.valueOf(parts[3]), parts.length > 4 ? Instant.ofEpochMilli(Long.parseLong(parts[4])) : null);
	}

	/** The start of the canonical form of a task's light timers, whatever they turn. */
	static String prefixOf(String taskId) {
		return TASK + ":" + taskId + ":";
	}

	@Override
	public String toCanonicalString() {
		return (this.taskId == null ? CASE + "::" : prefixOf(this.taskId)) + (this.caseId == null ? "" : this.caseId)
				+ ":" + this.light + (this.redAt == null ? "" : ":" + this.redAt.toEpochMilli());
	}

}
