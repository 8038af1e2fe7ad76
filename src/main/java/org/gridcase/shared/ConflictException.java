package org.gridcase.shared;

/**
 * The request collided with a concurrent change that could not be retried; HTTP 409
 * problem+json. The client may send it again.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message, Throwable cause) {
		super(message, cause);
	}

}
