package org.gridcase.intake;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeQueueTests {

	private final IntakeQueue queue = new IntakeQueue();

	@Test
	void reportsNeedingTheSameNameTakeTurns() throws Exception {
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> done = pool.invokeAll(java.util.Collections.nCopies(40, () -> this.queue
				.inTurn(List.of("duplicates:FLOOD:11370:3475", "idempotency:x"), () -> {
					mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
					sleep(2);
					return inside.decrementAndGet();
				})));
			for (Future<Integer> each : done) {
				each.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(mostAtOnce.get()).isEqualTo(1);
	}

	@Test
	void reportsOfOtherPlacesDoNotWaitForEachOther() throws Exception {
		CountDownLatch bothInside = new CountDownLatch(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Boolean> first = pool.submit(() -> this.queue.inTurn(List.of(name(1)), () -> meet(bothInside)));
			Future<Boolean> second = pool.submit(() -> this.queue.inTurn(List.of(name(2)), () -> meet(bothInside)));
			assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
			assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Names whose locks differ (checked, since two names may share a lock). */
	private static String name(int which) {
		String first = "duplicates:FLOOD:1:1";
		if (which == 1) {
			return first;
		}
		for (int i = 2;; i++) {
			String other = "duplicates:FLOOD:" + i + ":1";
			if (Math.floorMod(IntakeLocks.key(other), 1024L) != Math.floorMod(IntakeLocks.key(first), 1024L)) {
				return other;
			}
		}
	}

	private static boolean meet(CountDownLatch latch) {
		latch.countDown();
		try {
			return latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
