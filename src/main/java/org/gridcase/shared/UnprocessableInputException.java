package org.gridcase.shared;

/**
 * Well-formed input that contradicts what the server already holds (e.g. an
 * {@code Idempotency-Key} reused with another body); HTTP 422 problem+json naming the field.
 */
public class UnprocessableInputException extends RuntimeException {

	private final String field;

	public UnprocessableInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
