package org.gridcase.bench;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The performance benchmark's options: {@code --runs N} (medians of N runs, 3), {@code --quick}
 * (a smoke run at small sizes, one run unless {@code --runs} says otherwise),
 * {@code --only intake,rows,lists,timers,complete,scale} (some of the measurements) and
 * {@code --scale 10000,100000,1000000} (intake and lists at each number of cases; {@code --only
 * scale} measures that table alone, at these three sizes unless {@code --scale} names others). Sizes can be
 * changed with {@code BENCH_SECONDS}, {@code BENCH_OPEN}, {@code BENCH_CLOSED}, {@code BENCH_TIMERS},
 * {@code BENCH_ROWS_CASES}, {@code BENCH_TIMER_TIMEOUT} and the applications' heap with
 * {@code BENCH_APP_HEAP}.
 *
 * @param seconds how long each measured load runs
 * @param warmup how long each application is loaded with intakes before anything is measured
 *        (the just-in-time compiler's warm-up), in seconds
 * @param open open cases (tasks) in each engine for lists, timers and completions
 * @param closed closed cases seeded into GridCase's case_record
 * @param timers timers made due at once, per run and engine
 * @param rowsCases intakes counted for rows and bytes per case, per run
 * @param timerTimeout how long to wait for the timers to fire, in seconds
 */
record PerformanceOptions(List<String> arguments, int runs, boolean quick, List<Long> scale, Set<String> parts, int seconds, int warmup, int open, long closed,
		int timers, int rowsCases, int timerTimeout, String heap) {

	/** What can be measured; {@code --only} picks some (memory is always reported). */
	static final Set<String> PARTS = new LinkedHashSet<>(List.of("intake", "rows", "lists", "timers", "complete", "scale"));

	/** The sizes of {@code --only scale} without {@code --scale}: issue 13's 10,000 to 1,000,000 cases. */
	static final List<Long> SCALE = List.of(10_000L, 100_000L, 1_000_000L);

	static PerformanceOptions parse(String[] args) {
		boolean quick = false;
		Integer runs = null;
		List<Long> scale = List.of();
		Set<String> parts = PARTS;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--quick" -> quick = true;
				case "--runs" -> runs = Integer.parseInt(value(args, ++i));
				case "--scale" -> scale = Arrays.stream(value(args, ++i).split(",")).map(String::trim).map(Long::parseLong).sorted()
					.toList();
				case "--only" -> parts = Set.of(value(args, ++i).split(","));
				default -> throw new IllegalArgumentException("Unknown option " + args[i]
						+ "; use --runs N, --quick, --scale 10000,100000,1000000, --only " + String.join(",", PARTS));
			}
		}
		if (!PARTS.containsAll(parts)) {
			throw new IllegalArgumentException("--only takes some of " + String.join(",", PARTS));
		}
		if (parts.equals(Set.of("scale")) && scale.isEmpty()) {
			scale = SCALE;
		}
		if (runs != null && runs < 1) {
			throw new IllegalArgumentException("--runs must be at least 1");
		}
		return new PerformanceOptions(List.of(args), runs != null ? runs : quick ? 1 : 3, quick, scale, parts,
				number("BENCH_SECONDS", quick ? 5 : 30),
				number("BENCH_WARMUP", quick ? 30 : 90), number("BENCH_OPEN", quick ? 300 : 100_000),
				number("BENCH_CLOSED", quick ? 3_000 : 1_000_000), number("BENCH_TIMERS", quick ? 200 : 10_000),
				number("BENCH_ROWS_CASES", quick ? 40 : 1_000), number("BENCH_TIMER_TIMEOUT", quick ? 300 : 1_800),
				BenchApplication.env("BENCH_APP_HEAP", "2g"));
	}

	boolean measures(String part) {
		return this.parts.contains(part);
	}

	/** Whether only the scale table is measured ({@code --only scale}). */
	boolean onlyScale() {
		return this.parts.equals(Set.of("scale"));
	}

	private static String value(String[] args, int i) {
		if (i >= args.length) {
			throw new IllegalArgumentException(args[i - 1] + " needs a value");
		}
		return args[i];
	}

	private static int number(String variable, int fallback) {
		return Integer.parseInt(BenchApplication.env(variable, Integer.toString(fallback)));
	}

	@Override
	public String toString() {
		if (onlyScale()) {
			return String.format("%d run(s) of %d s, only the scale table at %s cases", this.runs, this.seconds, this.scale);
		}
		return String.format("%d run(s) of %d s, %,d open cases, %,d closed, %,d timers, %,d intakes for rows per case%s",
				this.runs, this.seconds, this.open, this.closed, this.timers, this.rowsCases,
				this.scale.isEmpty() ? "" : ", scale " + this.scale) + (this.parts.equals(PARTS) ? "" : ", only " + this.parts);
	}

}
