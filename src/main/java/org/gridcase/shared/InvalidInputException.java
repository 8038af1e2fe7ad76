package org.gridcase.shared;

import java.util.List;

/**
 * Input that breaks a rule; reported as HTTP 400 problem+json listing each bad field.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(FieldProblem::toString).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> getProblems() {
		return this.problems;
	}

	/** One bad field (a JSON property path or, for imports, {@code file:line:column}). */
	public record FieldProblem(String field, String message) {

		@Override
		public String toString() {
			return this.field + ": " + this.message;
		}

	}

}
