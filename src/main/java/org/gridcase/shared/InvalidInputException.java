package org.gridcase.shared;

import java.util.Iterator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

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

	/**
	 * The violations of a validated method call, each named as the client sent the field:
	 * {@code submit.command.reporter.name} → {@code reporter.name}, a list parameter's item
	 * {@code photos[0]}; the method and the name of a parameter that is the request body are left
	 * out.
	 */
	public static InvalidInputException of(ConstraintViolationException violations) {
		return new InvalidInputException(violations.getConstraintViolations()
			.stream()
			.map(violation -> new FieldProblem(fieldOf(violation), violation.getMessage()))
			.sorted(java.util.Comparator.comparing(FieldProblem::field))
			.toList());
	}

	private static String fieldOf(ConstraintViolation<?> violation) {
		StringBuilder field = new StringBuilder();
		Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
		Path.Node node = nodes.hasNext() ? nodes.next() : null;
		while (node != null) {
			Path.Node next = nodes.hasNext() ? nodes.next() : null;
			if (node.isInIterable()) {
				field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
			}
			boolean bodyParameter = node.getKind() == ElementKind.PARAMETER && next != null && !next.isInIterable();
			boolean named = node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER;
			if (named && !bodyParameter && node.getName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(node.getName());
			}
			node = next;
		}
		return field.isEmpty() ? "body" : field.toString();
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
