package org.gridcase.reliability;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short run of the {@link FaultHarness} inside {@code mvn -B verify}: the same scenarios as
 * {@code faults/run.sh} with a smaller load and shorter lock and outage times.
 */
@Tag("own-jvm")
class FaultHarnessTests {

	@Test
	void twoNodesCrashesOutagesShutdownBackupAndRestoreLoseNothingAndRunEveryJobOnce() throws Exception {
		FaultHarness harness = new FaultHarness(FaultHarness.Settings.shortRun(Path.of("target/faults-short")));

		harness.run();

		assertThat(harness.failures()).as("findings %s", harness.findings()).isEmpty();
		assertThat(harness.findings()).containsEntry("deployments after a simultaneous start", 1L);
		assertThat((Long) harness.findings().get("light changes")).isPositive();
		assertThat((Long) harness.findings().get("escalations")).isPositive();
		assertThat((Long) harness.findings().get("accountability reviews")).isPositive();
	}

}
