package org.gridcase.bench;

import java.util.List;

import org.gridcase.bench.PerformanceWrk.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The performance benchmark's arithmetic: wrk's result line, medians of runs, the table's cells. */
class PerformanceReportTests {

	@Test
	void readsTheResultLineOfTheWrkScripts() {
		String output = """
				Running 5s test @ http://localhost:8080
				WRK_RESULT requests=412 seconds=5.004 p50=9.120 p90=15.000 p95=18.500 p99=40.250 max=91.000 bad=2 errors=0
				WRK_FIRST_BAD 409 {"title":"Conflict"}
				""";

		Result result = PerformanceWrk.parse(output).orElseThrow();

		assertThat(result.requests()).isEqualTo(412);
		assertThat(result.p95()).isEqualTo(18.5);
		assertThat(result.p99()).isEqualTo(40.25);
		assertThat(result.perSecond()).isCloseTo(410 / 5.004, within(1e-9));
		assertThat(result.firstBad()).isEqualTo("409 {\"title\":\"Conflict\"}");
		assertThat(PerformanceWrk.parse("Running 5s test\n")).isEmpty();
	}

	@Test
	void reportsTheMedianOfTheRunsAndTheRatioToVanilla() {
		PerformanceReport report = new PerformanceReport();
		for (double rate : new double[] { 100, 60, 80 }) {
			report.load(PerformanceReport.GRIDCASE, "intake 4", run(rate, 50));
		}
		for (double rate : new double[] { 200, 190 }) {
			report.load(PerformanceReport.VANILLA, "intake 4", run(rate, 20));
		}

		String table = report.table(new int[] { 4 }, new int[0], List.of(), 10);

		assertThat(table).contains("| intake over REST, 4 clients | 80 cases/s, p50 10 / p99 50 ms | 195 starts/s, p50 10 / p99 20 ms"
				+ " | 41% of the rate | ≥ 60% of vanilla, p99 ≤ 100 ms |");
	}

	@Test
	void namesTheLightTimersThatTurnedAWrongLight() {
		PerformanceReport report = new PerformanceReport();
		report.timers(PerformanceReport.GRIDCASE, new PerformanceReport.Timers(100, 1.0, 4.0, 0, 0, 90, 90));
		report.timers(PerformanceReport.GRIDCASE, new PerformanceReport.Timers(100, 1.0, 6.0, 0, 0, 90, 89));
		report.timers(PerformanceReport.VANILLA, new PerformanceReport.Timers(100, 30.0, 40.0, 0, 0, 0, 0));

		String table = report.table(new int[0], new int[0], List.of(), 100);

		assertThat(table).contains("| 100 timers due at once | all fired in 5.0 s (21/s), first after 1.0 s;"
				+ " **lights right in 179 of 180 light timers (runs: 2)** | all fired in 40.0 s (3/s), first after 30.0 s |");
	}

	@Test
	void saysSoWhenNoRequestWasAnsweredWithinTheRun() {
		PerformanceReport report = new PerformanceReport();
		report.load(PerformanceReport.GRIDCASE, "list tasks", new Result(0, 5.1, 0, 0, 0, 0, 0, 0, 0, null));
		report.load(PerformanceReport.VANILLA, "vanilla tasks", run(50, 12));

		String table = report.table(new int[0], new int[0], List.<String[]>of(new String[] { "tasks", "list tasks", "vanilla tasks",
				"p95 ≤ 10 ms" }), 10);

		assertThat(table).contains("| tasks | **no answer within a run's 5 s** | p50 10.0 / p95 30.0 / p99 12.0 ms (50/s) |  | p95 ≤ 10 ms |");
	}

	@Test
	void quickRunsAreSmallAndOneRunUnlessToldOtherwise() {
		PerformanceOptions quick = PerformanceOptions.parse(new String[] { "--quick", "--scale", "100000,10000" });
		PerformanceOptions full = PerformanceOptions.parse(new String[] { "--runs", "5" });

		assertThat(quick.runs()).isEqualTo(1);
		assertThat(quick.scale()).containsExactly(10_000L, 100_000L);
		assertThat(quick.open()).isLessThan(1_000);
		assertThat(full.runs()).isEqualTo(5);
		assertThat(full.open()).isEqualTo(100_000);
		assertThat(full.closed()).isEqualTo(1_000_000);
		assertThat(full.timers()).isEqualTo(10_000);
	}

	@Test
	void theScaleTableShowsEachSizeAgainstTheSmallest() {
		PerformanceReport report = new PerformanceReport();
		report.scale.add(new PerformanceReport.Scale(10_000, 2_000, List.of(run(80, 50)), List.of(list(4)), List.of(list(8))));
		report.scale.add(new PerformanceReport.Scale(1_000_000, 2_400, List.of(run(60, 70)), List.of(list(5)), List.of(list(16))));

		String table = report.scaleTable();

		assertThat(table).contains("| 10,000 | 2,000 | 80/s, p99 50 ms | p95 4.0 ms | p95 8.0 ms |")
			.contains("| 1,000,000 | 2,400 | 60/s (×0.75), p99 70 ms | p95 5.0 ms (×1.25) | p95 16.0 ms (×2.00) |");
	}

	@Test
	void onlyTheScaleTableIsMeasuredAtIssue13sSizes() {
		PerformanceOptions scale = PerformanceOptions.parse(new String[] { "--runs", "1", "--only", "scale" });
		PerformanceOptions chosen = PerformanceOptions.parse(new String[] { "--only", "scale", "--scale", "20000,5000" });

		assertThat(scale.scale()).containsExactly(10_000L, 100_000L, 1_000_000L);
		assertThat(scale.measures("intake")).isFalse();
		assertThat(scale.measures("lists")).isFalse();
		assertThat(chosen.scale()).containsExactly(5_000L, 20_000L);
	}

	private static Result list(double p95) {
		return new Result(1000, 10, p95 / 2, p95, p95, p95, p95, 0, 0, null);
	}

	private static Result run(double perSecond, double p99) {
		return new Result((long) (perSecond * 10), 10, 10, 20, 30, p99, p99, 0, 0, null);
	}

}
