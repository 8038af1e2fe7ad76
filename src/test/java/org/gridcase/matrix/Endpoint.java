package org.gridcase.matrix;

import java.util.Set;

/**
 * One operation of an API document (or of the webapps' resources).
 *
 * @param surface where it is served
 * @param method HTTP method, upper case
 * @param path path template below the surface's root, e.g. {@code /task/{id}/claim}
 * @param operationId the document's operation id ({@code null} when it has none)
 * @param summary the document's summary
 * @param contentTypes the request body's media types (empty without a body)
 */
record Endpoint(Surface surface, String method, String path, String operationId, String summary,
		Set<String> contentTypes) {

	String name() {
		return this.method + " " + this.surface.root() + this.path;
	}

	boolean consumes(String mediaType) {
		return this.contentTypes.contains(mediaType);
	}

}
