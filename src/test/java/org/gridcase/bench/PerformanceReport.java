package org.gridcase.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.gridcase.bench.PerformanceWrk.Result;

/**
 * What the performance benchmark measured, run by run, and its table: the median of the runs for
 * every figure, GridCase beside vanilla Camunda, their ratio and the goal of issue 13.
 */
final class PerformanceReport {

	static final String GRIDCASE = "GridCase";

	static final String VANILLA = "vanilla";

	/** Engine history, our rows and the WAL written for a number of intakes. */
	record Rows(long cases, long inserted, long updated, long deleted, long bytes, long walBytes) {
	}

	/**
	 * Timers made due at once: how many, when the first and the last had fired, how many failed,
	 * and of the light timers among them how many turned the right lights ({@link LightTimerCheck}).
	 */
	record Timers(int count, double firstSeconds, double allSeconds, int failed, int left, int lightsChecked, int lightsRight) {
	}

	/** Memory of one application: RSS and heap in use, idle and the most seen under load. */
	static final class Memory {

		long idleRss;

		long idleHeap;

		long loadRss;

		long loadHeap;

		long endRss;

		long endHeap;

	}

	/** One size of the scale table. */
	record Scale(long cases, long open, List<Result> intake, List<Result> caseList, List<Result> taskList) {
	}

	private final Map<String, List<Result>> loads = new LinkedHashMap<>();

	private final Map<String, List<Rows>> rows = new LinkedHashMap<>();

	private final Map<String, List<Timers>> timers = new LinkedHashMap<>();

	private final Map<String, Result> seeding = new LinkedHashMap<>();

	final Map<String, Memory> memory = new LinkedHashMap<>(Map.of(GRIDCASE, new Memory(), VANILLA, new Memory()));

	final List<Scale> scale = new ArrayList<>();

	void load(String engine, String work, Result result) {
		this.loads.computeIfAbsent(engine + " " + work, key -> new ArrayList<>()).add(result);
	}

	void rows(String engine, Rows measured) {
		this.rows.computeIfAbsent(engine, key -> new ArrayList<>()).add(measured);
	}

	void timers(String engine, Timers measured) {
		this.timers.computeIfAbsent(engine, key -> new ArrayList<>()).add(measured);
	}

	void seeding(String engine, Result result) {
		this.seeding.put(engine, result);
	}

	/** The table of issue 13: work | GridCase | vanilla | GridCase/vanilla | goal. */
	String table(int[] intakeClients, int[] completionClients, List<String[]> lists, long timerCount) {
		StringBuilder out = new StringBuilder("| work | GridCase | vanilla Camunda 7.24 | GridCase / vanilla | goal |\n|---|---|---|---|---|\n");
		for (int clients : intakeClients) {
			String work = "intake " + clients;
			row(out, "intake over REST, " + clients + (clients == 1 ? " client" : " clients"), rate(GRIDCASE, work, "cases"),
					rate(VANILLA, work, "starts"), ratio(GRIDCASE, VANILLA, work),
					clients == 4 || clients == 8 ? "≥ 60% of vanilla, p99 ≤ 100 ms" : "");
		}
		row(out, "rows and bytes written per case (intake)", rows(GRIDCASE), rows(VANILLA), rowsRatio(), "≤ 30 rows, ≤ 15 KB");
		for (int clients : completionClients) {
			String work = "complete " + clients;
			row(out, "claim + complete, " + clients + " clients (p50/p99 per request)", completions(GRIDCASE, work),
					completions(VANILLA, work), completionRatio(work), "≥ 300 tasks/s");
		}
		row(out, String.format("%,d timers due at once", timerCount), timers(GRIDCASE), timers(VANILLA), timersRatio(),
				"all fired in ≤ 20 s");
		for (String[] list : lists) {
			String vanilla = list[2] == null ? "–" : latency(VANILLA, list[2]);
			String ratio = list[2] == null ? "" : p95Ratio(GRIDCASE + " " + list[1], VANILLA + " " + list[2]);
			row(out, list[0], latency(GRIDCASE, list[1]), vanilla, ratio, list[3]);
		}
		row(out, "memory (RSS; heap in use)", memory(GRIDCASE), memory(VANILLA),
				ratioText((double) this.memory.get(GRIDCASE).loadRss / this.memory.get(VANILLA).loadRss) + " RSS under load",
				"say what it needs");
		for (Map.Entry<String, Result> seeded : this.seeding.entrySet()) {
			Result result = seeded.getValue();
			row(out, "seeding open cases over REST, 8 clients (" + seeded.getKey() + ")",
					String.format("%,d in %.0f s = %.0f/s", result.requests() - result.bad(), result.seconds(), result.perSecond()),
					"", "", "");
		}
		return out.toString();
	}

	/**
	 * Intake rate and list latency at each size (issue 13, point 4), each with its ratio to the
	 * first (smallest) size: how the cost grows.
	 */
	String scaleTable() {
		StringBuilder out = new StringBuilder("| cases in case_record | of them open | intake, 4 clients | district's case list"
				+ " (newest first) | station's task list |\n|---:|---:|---|---|---|\n");
		Scale first = this.scale.isEmpty() ? null : this.scale.get(0);
		for (Scale size : this.scale) {
			String intake = unanswered(size.intake()) ? noAnswer(size.intake())
					: String.format("%.0f/s%s, p99 %.0f ms", median(size.intake(), Result::perSecond),
							growth(size.intake(), first.intake(), Result::perSecond), median(size.intake(), Result::p99));
			out.append(String.format("| %,d | %,d | %s | %s | %s |%n", size.cases(), size.open(), intake,
					p95(size.caseList()) + growth(size.caseList(), first.caseList(), Result::p95),
					p95(size.taskList()) + growth(size.taskList(), first.taskList(), Result::p95)));
		}
		return out.toString();
	}

	/** " (×1.4)": a figure against the same figure at the first size; nothing for the first size itself. */
	private static String growth(List<Result> at, List<Result> first, ToDoubleFunction<Result> figure) {
		if (at == first || unanswered(at) || unanswered(first)) {
			return "";
		}
		return String.format(" (×%.2f)", median(at, figure) / median(first, figure));
	}

	private static void row(StringBuilder out, String... cells) {
		out.append("| ").append(String.join(" | ", cells)).append(" |\n");
	}

	private String rate(String engine, String work, String unit) {
		List<Result> results = this.loads.get(engine + " " + work);
		if (results == null) {
			return "–";
		}
		if (unanswered(results)) {
			return noAnswer(results);
		}
		return String.format("%.0f %s/s, p50 %.0f / p99 %.0f ms%s", median(results, Result::perSecond), unit,
				median(results, Result::p50), median(results, Result::p99), failures(results));
	}

	private String completions(String engine, String work) {
		List<Result> results = this.loads.get(engine + " " + work);
		if (results == null) {
			return "–";
		}
		if (unanswered(results)) {
			return noAnswer(results);
		}
		return String.format("%.0f tasks/s, p50 %.0f / p99 %.0f ms%s", median(results, PerformanceReport::tasksPerSecond),
				median(results, Result::p50), median(results, Result::p99), failures(results));
	}

	private static double tasksPerSecond(Result result) {
		return result.perSecond() / 2;
	}

	private String latency(String engine, String work) {
		List<Result> results = this.loads.get(engine + " " + work);
		if (results == null) {
			return "–";
		}
		if (unanswered(results)) {
			return noAnswer(results);
		}
		return String.format("p50 %.1f / p95 %.1f / p99 %.1f ms (%.0f/s)%s", median(results, Result::p50),
				median(results, Result::p95), median(results, Result::p99), median(results, Result::perSecond),
				failures(results));
	}

	/** Whether most runs got no answer at all (every request took longer than the run). */
	private static boolean unanswered(List<Result> results) {
		return median(results, r -> r.requests()) == 0;
	}

	private static String noAnswer(List<Result> results) {
		return String.format("**no answer within a run's %.0f s**", median(results, Result::seconds));
	}

	private static String p95(List<Result> results) {
		return unanswered(results) ? noAnswer(results) : String.format("p95 %.1f ms", median(results, Result::p95));
	}

	private static String failures(List<Result> results) {
		long bad = results.stream().mapToLong(Result::bad).sum();
		long errors = results.stream().mapToLong(Result::errors).sum();
		String first = results.stream().map(Result::firstBad).filter(f -> f != null).findFirst().orElse("");
		return bad + errors == 0 ? ""
				: String.format("; **%d unexpected answers, %d socket errors** (%s)", bad, errors,
						first.length() > 80 ? first.substring(0, 80) + "…" : first);
	}

	private String ratio(String engine, String other, String work) {
		List<Result> mine = this.loads.get(engine + " " + work);
		List<Result> theirs = this.loads.get(other + " " + work);
		if (mine == null || theirs == null || unanswered(mine) || unanswered(theirs)) {
			return "";
		}
		return String.format("%.0f%% of the rate", 100 * median(mine, Result::perSecond) / median(theirs, Result::perSecond));
	}

	private String completionRatio(String work) {
		return ratio(GRIDCASE, VANILLA, work);
	}

	private String p95Ratio(String mine, String theirs) {
		List<Result> a = this.loads.get(mine);
		List<Result> b = this.loads.get(theirs);
		if (a == null || b == null || unanswered(a) || unanswered(b)) {
			return "";
		}
		return ratioText(median(a, Result::p95) / median(b, Result::p95)) + " p95";
	}

	private String rows(String engine) {
		List<Rows> measured = this.rows.get(engine);
		if (measured == null) {
			return "–";
		}
		return String.format("%.1f rows + %.1f updates (%.1f deletes), %.1f KB in tables and indexes, %.1f KB WAL",
				medianOf(measured, r -> (double) r.inserted() / r.cases()), medianOf(measured, r -> (double) r.updated() / r.cases()),
				medianOf(measured, r -> (double) r.deleted() / r.cases()), medianOf(measured, r -> r.bytes() / 1024.0 / r.cases()),
				medianOf(measured, r -> r.walBytes() / 1024.0 / r.cases()));
	}

	private String rowsRatio() {
		List<Rows> mine = this.rows.get(GRIDCASE);
		List<Rows> theirs = this.rows.get(VANILLA);
		if (mine == null || theirs == null) {
			return "";
		}
		return ratioText(medianOf(mine, r -> (double) r.inserted() / r.cases())
				/ medianOf(theirs, r -> (double) r.inserted() / r.cases())) + " rows, "
				+ ratioText(medianOf(mine, r -> (double) r.bytes() / r.cases()) / medianOf(theirs, r -> (double) r.bytes() / r.cases()))
				+ " bytes";
	}

	private String timers(String engine) {
		List<Timers> measured = this.timers.get(engine);
		if (measured == null) {
			return "–";
		}
		int failed = measured.stream().mapToInt(Timers::failed).sum();
		int left = measured.stream().mapToInt(Timers::left).sum();
		int checked = measured.stream().mapToInt(Timers::lightsChecked).sum();
		int right = measured.stream().mapToInt(Timers::lightsRight).sum();
		String lights = checked == 0 ? ""
				: String.format(right == checked ? "; lights right in %,d of %,d light timers (runs: %d)"
						: "; **lights right in %,d of %,d light timers (runs: %d)**", right, checked, measured.size());
		return String.format("all fired in %.1f s (%.0f/s), first after %.1f s%s%s", medianOf(measured, Timers::allSeconds),
				medianOf(measured, t -> t.count() / t.allSeconds()), medianOf(measured, Timers::firstSeconds),
				failed + left == 0 ? "" : String.format("; **%d failed, %d not fired by the time limit**", failed, left), lights);
	}

	private String timersRatio() {
		List<Timers> mine = this.timers.get(GRIDCASE);
		List<Timers> theirs = this.timers.get(VANILLA);
		if (mine == null || theirs == null) {
			return "";
		}
		return ratioText(medianOf(mine, Timers::allSeconds) / medianOf(theirs, Timers::allSeconds)) + " the time";
	}

	private String memory(String engine) {
		Memory m = this.memory.get(engine);
		return String.format("idle %,d MB (heap %,d MB); under load up to %,d MB (heap %,d MB); after the run %,d MB (heap %,d MB)",
				m.idleRss, m.idleHeap, m.loadRss, m.loadHeap, m.endRss, m.endHeap);
	}

	private static String ratioText(double ratio) {
		return Double.isFinite(ratio) ? String.format("×%.2f", ratio) : "";
	}

	static double median(List<Result> results, ToDoubleFunction<Result> value) {
		return medianOf(results, value);
	}

	static <T> double medianOf(List<T> values, ToDoubleFunction<T> value) {
		double[] sorted = values.stream().mapToDouble(value).sorted().toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
