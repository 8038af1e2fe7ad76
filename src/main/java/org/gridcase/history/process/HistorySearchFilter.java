package org.gridcase.history.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gridcase.shared.District;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.UserTexts;

/**
 * What the history search asks for, every filter optional; dates are days in the district's time
 * zone, a period's end day included.
 *
 * @param trackingNumber a complete tracking number (looked up exactly) or its beginning
 * @param gridCode a grid or a place above it: the instances of the cases in it and below it
 * @param state {@code finished}, {@code unfinished} or {@code null} for both
 */
record HistorySearchFilter(String trackingNumber, String processDefinitionKey, String gridCode, Instant startedAfter,
		Instant startedBefore, Instant finishedAfter, Instant finishedBefore, String state, int firstResult,
		int maxResults) {

	static final int MOST_PER_PAGE = 100;

	private static final Pattern COMPLETE_TRACKING_NUMBER = Pattern.compile("\\d{8}-\\d{6}");

	private static final Pattern TRACKING_NUMBER = Pattern.compile("[0-9A-Za-z-]{1,20}");

	private static final Pattern GRID_CODE = Pattern.compile("\\d{1,18}");

	private static final Pattern PROCESS_DEFINITION_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,254}");

	private static final List<String> STATES = List.of("finished", "unfinished");

	boolean completeTrackingNumber() {
		return this.trackingNumber != null && COMPLETE_TRACKING_NUMBER.matcher(this.trackingNumber).matches();
	}

	/** The earlier of the two period ends that bound when an instance started, or {@code null}. */
	Instant latestStart() {
		if (this.startedBefore == null || this.finishedBefore == null) {
			return this.startedBefore != null ? this.startedBefore : this.finishedBefore;
		}
		return this.startedBefore.isBefore(this.finishedBefore) ? this.startedBefore : this.finishedBefore;
	}

	/** Reads the request's parameters as the client sent them; each bad one is named in a 400. */
	static HistorySearchFilter parse(Parameters sent) {
		Problems problems = new Problems();
		String trackingNumber = problems.matching("trackingNumber", sent.trackingNumber(), TRACKING_NUMBER,
				"history-search.tracking-number");
		String processDefinitionKey = problems.matching("processDefinitionKey", sent.processDefinitionKey(),
				PROCESS_DEFINITION_KEY, "history-search.process-definition-key");
		String gridCode = problems.matching("gridCode", sent.gridCode(), GRID_CODE, "history-search.grid-code");
		LocalDate startedAfter = problems.day("startedAfter", sent.startedAfter());
		LocalDate startedBefore = problems.day("startedBefore", sent.startedBefore());
		LocalDate finishedAfter = problems.day("finishedAfter", sent.finishedAfter());
		LocalDate finishedBefore = problems.day("finishedBefore", sent.finishedBefore());
		problems.inOrder(startedAfter, "startedBefore", startedBefore, "history-search.started-before");
		problems.inOrder(finishedAfter, "finishedBefore", finishedBefore, "history-search.finished-before");
		String state = blankToNull(sent.state());
		if (state != null && !STATES.contains(state)) {
			problems.add("state", "history-search.state");
		}
		int firstResult = problems.number("firstResult", sent.firstResult(), 0, 0, Integer.MAX_VALUE,
				"history-search.first-result");
		int maxResults = problems.number("maxResults", sent.maxResults(), 20, 1, MOST_PER_PAGE,
				"history-search.max-results");
		problems.throwIfAny();
		return new HistorySearchFilter(trackingNumber, processDefinitionKey, gridCode, startOf(startedAfter),
				endOf(startedBefore), startOf(finishedAfter), endOf(finishedBefore), state, firstResult, maxResults);
	}

	private static Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(District.ZONE).toInstant();
	}

	/** The last millisecond of the day (the engine compares its millisecond times inclusively). */
	private static Instant endOf(LocalDate day) {
		return day == null ? null : day.plusDays(1).atStartOfDay(District.ZONE).toInstant().minusMillis(1);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** The request parameters as sent, each {@code null} when absent. */
	record Parameters(String trackingNumber, String processDefinitionKey, String gridCode, String startedAfter,
			String startedBefore, String finishedAfter, String finishedBefore, String state, String firstResult,
			String maxResults) {
	}

	private static final class Problems {

		private final List<FieldProblem> found = new ArrayList<>();

		void add(String field, String text, Object... arguments) {
			this.found.add(new FieldProblem(field, UserTexts.get(text, arguments)));
		}

		String matching(String field, String sent, Pattern pattern, String text) {
			String value = blankToNull(sent);
			if (value != null && !pattern.matcher(value).matches()) {
				add(field, text);
				return null;
			}
			return value;
		}

		LocalDate day(String field, String sent) {
			String value = blankToNull(sent);
			try {
				return value == null ? null : LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				add(field, "history-search.date");
				return null;
			}
		}

		void inOrder(LocalDate from, String toField, LocalDate to, String text) {
			if (from != null && to != null && to.isBefore(from)) {
				add(toField, text);
			}
		}

		int number(String field, String sent, int absent, int least, int most, String text) {
			String value = blankToNull(sent);
			if (value == null) {
				return absent;
			}
			try {
				int number = Integer.parseInt(value);
				if (number >= least && number <= most) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// named below
			}
			add(field, text);
			return absent;
		}

		void throwIfAny() {
			if (!this.found.isEmpty()) {
				throw new InvalidInputException(this.found);
			}
		}

	}

}
