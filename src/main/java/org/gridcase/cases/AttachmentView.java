package org.gridcase.cases;

import java.time.Instant;

/**
 * A case photo as listed to staff who may see the case; {@code url} serves its content. Where
 * and when it was taken (from its EXIF, null when unknown) is for staff only: no public view
 * of a case carries photos or these fields.
 */
public record AttachmentView(String id, String step, String fileName, String contentType, int sizeBytes, int width,
		int height, Instant uploadedAt, Double takenLat, Double takenLon, Instant takenAt, String url) {
}
