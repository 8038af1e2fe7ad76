package org.gridcase.intake;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.gridcase.shared.ConflictException;

import org.springframework.stereotype.Component;

/**
 * The node's queue in front of {@link IntakeLocks}: reports that need the same lock names wait
 * here, in arrival order, before their transaction takes a database connection. Without it, a hot
 * spot (fifty residents reporting one flooded underpass at once) holds a pooled connection per
 * waiting report and starves every other request of the pool. Names map onto a fixed set of fair
 * locks (two names may share one, which only makes them wait for each other), taken in index
 * order so that overlapping sets cannot deadlock. The advisory locks still serialise across nodes.
 */
@Component
class IntakeQueue {

	private static final int STRIPES = 1024;

	/** Longer than any intake takes; a report still waiting then is refused with 409, to be sent again. */
	private static final long PATIENCE_SECONDS = 30;

	private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

	IntakeQueue() {
		for (int i = 0; i < STRIPES; i++) {
			this.stripes[i] = new ReentrantLock(true);
		}
	}

	/** Runs the work once no other intake on this node holds any of the names. */
	<T> T inTurn(Collection<String> names, Supplier<T> work) {
		int[] indexes = names.stream()
			.mapToLong(IntakeLocks::key)
			.mapToInt(key -> (int) Math.floorMod(key, (long) STRIPES))
			.distinct()
			.sorted()
			.toArray();
		int held = 0;
		try {
			for (int index : indexes) {
				if (!this.stripes[index].tryLock(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
					throw new ConflictException("Intake queue still busy after " + PATIENCE_SECONDS + " s", null);
				}
				held++;
			}
			return work.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConflictException("Interrupted while waiting in the intake queue", ex);
		}
		finally {
			for (int i = held - 1; i >= 0; i--) {
				this.stripes[indexes[i]].unlock();
			}
		}
	}

}
