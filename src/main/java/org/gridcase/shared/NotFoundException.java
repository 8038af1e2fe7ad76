package org.gridcase.shared;

/**
 * A thing asked for by its identifier does not exist (or may not be seen); HTTP 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
