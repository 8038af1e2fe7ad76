package org.gridcase.intake;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A report filed through Open311 and what Open311 carries beyond a report. Only reports filed
 * this way are read back through Open311: the others came in by phone, patrol or walk-in and
 * were never public.
 */
@Entity
@Table(name = "open311_request")
class Open311Request {

	@Id
	private String trackingNumber;

	/** The key it came with; null when staff filed it with their own login. */
	private UUID clientKeyId;

	/** The client's public URL of a photo or page of the problem, as sent. */
	private String mediaUrl;

	/** The reporter's e-mail, for answering them; never shown through Open311. */
	private String email;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private Map<String, String> attributes;

	private Instant submittedAt;

	private Instant updatedAt;

	protected Open311Request() {
	}

	Open311Request(String trackingNumber, UUID clientKeyId, String mediaUrl, String email,
			Map<String, String> attributes, Instant submittedAt) {
		this.trackingNumber = trackingNumber;
		this.clientKeyId = clientKeyId;
		this.mediaUrl = mediaUrl;
		this.email = email;
		this.attributes = Map.copyOf(attributes);
		this.submittedAt = submittedAt;
		this.updatedAt = submittedAt;
	}

	String getTrackingNumber() {
		return this.trackingNumber;
	}

	UUID getClientKeyId() {
		return this.clientKeyId;
	}

	String getMediaUrl() {
		return this.mediaUrl;
	}

	Map<String, String> getAttributes() {
		return this.attributes;
	}

}
