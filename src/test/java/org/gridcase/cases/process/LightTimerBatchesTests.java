package org.gridcase.cases.process;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LightTimerBatchesTests {

	@Test
	void lightTimersAreMergedInOrderUpToTheBatchSize() {
		List<List<String>> acquired = List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e"));

		assertThat(LightTimerBatches.regroup(acquired, Set.of("a", "b", "c", "d", "e"), 2))
			.containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
	}

	@Test
	void anExclusiveBatchStaysWholeAndOtherJobsStayAlone() {
		// "t1", "t2": a task's and its case's light timer (one process instance); "n": a sending job;
		// "x", "y": an instance's exclusive batch holding a light timer and another job
		List<List<String>> acquired = List.of(List.of("a"), List.of("t1", "t2"), List.of("n"), List.of("b"),
				List.of("x", "y"), List.of("c"));

		assertThat(LightTimerBatches.regroup(acquired, Set.of("a", "t1", "t2", "b", "x", "c"), 3))
			.containsExactly(List.of("a", "t1", "t2"), List.of("n"), List.of("b", "c"), List.of("x", "y"));
	}

}
