package org.gridcase.intake;

import java.util.List;

import org.springframework.http.HttpStatus;

/** An Open311 error: one or more descriptions, answered in the requested format. */
final class Open311Exception extends RuntimeException {

	private final HttpStatus status;

	private final String format;

	private final List<String> descriptions;

	Open311Exception(HttpStatus status, String format, String description) {
		this(status, format, List.of(description));
	}

	Open311Exception(HttpStatus status, String format, List<String> descriptions) {
		super(String.join("; ", descriptions));
		this.status = status;
		this.format = format;
		this.descriptions = List.copyOf(descriptions);
	}

	HttpStatus status() {
		return this.status;
	}

	String format() {
		return this.format;
	}

	List<String> descriptions() {
		return this.descriptions;
	}

}
