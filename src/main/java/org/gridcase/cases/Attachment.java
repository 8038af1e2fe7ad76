package org.gridcase.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;

/**
 * A photo of a case, taken at one of its steps (a report's photos, before and after photos in
 * feedback), stored with the case as re-encoded by {@link CasePhoto}, with where and when it was
 * taken as data (for staff; nothing public serves photos).
 */
@Entity
class Attachment {

	@Id
	private UUID id;

	private UUID caseId;

	private UUID reportId;

	private String step;

	private String fileName;

	private String contentType;

	private int sizeBytes;

	private int width;

	private int height;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private Double takenLat;

	private Double takenLon;

	private Instant takenAt;

	private String uploadedBy;

	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(CaseId caseId, UUID reportId, CaseStep step, CasePhoto photo, String uploadedBy, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.caseId = caseId.value();
		this.reportId = reportId;
		this.step = step.name();
		this.fileName = photo.fileName();
		this.contentType = photo.contentType();
		this.sizeBytes = photo.content().length;
		this.width = photo.width();
		this.height = photo.height();
		this.content = photo.content();
		this.takenLat = photo.latitude();
		this.takenLon = photo.longitude();
		this.takenAt = photo.takenAt();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	AttachmentView view() {
		return new AttachmentView(this.id.toString(), this.step, this.fileName, this.contentType, this.sizeBytes,
				this.width, this.height, this.uploadedAt, this.takenLat, this.takenLon, this.takenAt,
				"/api/cases/" + this.caseId + "/attachments/" + this.id);
	}

	UUID getCaseId() {
		return this.caseId;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

}
