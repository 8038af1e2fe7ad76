package org.gridcase.cases.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The light timers one engine job carries: every timer scheduled on one execution in one
 * transaction shares a job (the case's and its first task's at intake, issue 13), which falls due
 * with the earliest of them; each timer keeps when it falls due itself.
 * <p>
 * Canonical form: the timers' forms ({@link LightTimer}) each followed by {@code @<due epoch ms>},
 * joined by {@code ;}, tasks' timers first. A timer without its due time (jobs written when a job
 * carried one timer) falls due when its job does.
 */
record LightTimerJob(List<LightTimerJob.Due> timers) implements JobHandlerConfiguration {

	private static final String SEPARATOR = ";";

	private static final String AT = "@";

	LightTimerJob {
		timers = List.copyOf(timers);
	}

	/** A timer and when it falls due ({@code null}: when its job does). */
	record Due(LightTimer timer, Instant at) {

		private String canonical() {
			return this.timer.toCanonicalString() + (this.at == null ? "" : AT + this.at.toEpochMilli());
		}

		private static Due parse(String canonical) {
			int at = canonical.indexOf(AT);
			return at < 0 ? new Due(LightTimer.parse(canonical), null)
					: new Due(LightTimer.parse(canonical.substring(0, at)),
							Instant.ofEpochMilli(Long.parseLong(canonical.substring(at + 1))));
		}

	}

	static LightTimerJob parse(String canonical) {
		return new LightTimerJob(Arrays.stream(canonical.split(SEPARATOR)).map(Due::parse).toList());
	}

	/** The timers of a job, each timer without a due time of its own due when the job is. */
	static LightTimerJob of(JobEntity job) {
		Instant jobDue = job.getDuedate() == null ? null : job.getDuedate().toInstant();
		return new LightTimerJob(parse(job.getJobHandlerConfigurationRaw()).timers()
			.stream()
			.map(due -> due.at() == null ? new Due(due.timer(), jobDue) : due)
			.toList());
	}

	/** When the job falls due: with its earliest timer ({@code null} when no timer says). */
	Instant dueDate() {
		return this.timers.stream().map(Due::at).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
	}

	LightTimerJob with(List<Due> more) {
		List<Due> all = new ArrayList<>(this.timers);
		all.addAll(more);
		return new LightTimerJob(all);
	}

	boolean holdsTimerOf(String taskId) {
		return this.timers.stream().anyMatch(due -> taskId.equals(due.timer().taskId()));
	}

	LightTimerJob withoutTimersOf(String taskId) {
		return new LightTimerJob(this.timers.stream().filter(due -> !taskId.equals(due.timer().taskId())).toList());
	}

	@Override
	public String toCanonicalString() {
		return this.timers.stream()
			.sorted(Comparator.comparing(due -> due.timer().taskId() == null))
			.map(Due::canonical)
			.collect(Collectors.joining(SEPARATOR));
	}

}
