package org.gridcase.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.gridcase.deadlines.WarningLevels;
import org.gridcase.shared.District;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the time limits which warning level is in force for a case's grid. Every task created and
 * every case opened asks (issue 13: a query of {@code supervision_warning} per task, about 3% of a
 * completion's CPU), and warnings change a few times a year, so the warnings not lifted are kept
 * in memory and read again when one is set or lifted on this node (after its commit,
 * {@link WarningsChanged}), when the day asked for lies before the day they were read for (the
 * engine clock moved back), and at the latest {@code gridcase.supervision.warnings-reread-after}
 * (10 s) after they were read: a warning set or lifted on another node takes that long to change
 * the limits of the tasks this node creates.
 */
@Component
class WarningLevelsInForce implements WarningLevels {

	private final WarningRepository repository;

	private final Clock clock;

	/** How long a warning set or lifted on another node may go unseen by this one's time limits. */
	private final Duration rereadAfter;

	/** Warnings set or lifted on this node, counted as they commit. */
	private final AtomicLong changes = new AtomicLong();

	private volatile Standing standing;

	WarningLevelsInForce(WarningRepository repository, Clock clock,
			@Value("${gridcase.supervision.warnings-reread-after:10s}") Duration rereadAfter) {
		this.repository = repository;
		this.clock = clock;
		this.rereadAfter = rereadAfter;
	}

	@Override
	public String levelAt(String gridCode) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), District.ZONE);
		WarningLevel level = null;
		for (Warning.Terms warning : standingOn(today).warnings()) {
			if (warning.inForceOn(today) && warning.covers(gridCode)) {
				level = warning.level().severer(level);
			}
		}
		return level == null ? NONE : level.name();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(WarningsChanged event) {
		this.changes.incrementAndGet();
	}

	private Standing standingOn(LocalDate day) {
		Standing known = this.standing;
		if (known != null && known.answers(day, this.changes.get(), System.nanoTime() - this.rereadAfter.toNanos())) {
			return known;
		}
		long changesSeen = this.changes.get();
		long readAt = System.nanoTime();
		Standing read = new Standing(day, changesSeen, readAt,
				this.repository.notLiftedEndingFrom(day).stream().map(Warning::terms).toList());
		this.standing = read;
		return read;
	}

	/** The warnings not lifted and not ended before {@code from}, as read at {@code readAt} (nanoTime). */
	private record Standing(LocalDate from, long changesSeen, long readAt, List<Warning.Terms> warnings) {

		/** Whether it holds the warnings of the day, with no change since and read after {@code readSince}. */
		boolean answers(LocalDate day, long changes, long readSince) {
			return changes == this.changesSeen && !day.isBefore(this.from) && this.readAt - readSince > 0;
		}

	}

}
