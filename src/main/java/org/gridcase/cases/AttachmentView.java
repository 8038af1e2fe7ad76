package org.gridcase.cases;

import java.time.Instant;

/**
 * A case photo as listed; {@code url} serves its content to those who may see the case.
 */
public record AttachmentView(String id, String step, String fileName, String contentType, int sizeBytes, int width,
		int height, Instant uploadedAt, String url) {
}
