package org.gridcase.intake;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.gridcase.cases.CaseId;

/**
 * One report from one channel, with its public tracking number; linked to a case (its own, or
 * an open case of the same problem nearby).
 */
@Entity
class Report {

	@Id
	private UUID id;

	private String trackingNumber;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	/** Code of its catalogue subcategory, e.g. {@code 01-01}. */
	private String subcategory;

	private String description;

	private String address;

	private Double lon;

	private Double lat;

	private String gridCode;

	private String reporterName;

	private String reporterPhone;

	private String reporterEmail;

	private boolean anonymous;

	private UUID caseId;

	private boolean linkedAsDuplicate;

	private String idempotencyKey;

	private String submittedBy;

	private Instant submittedAt;

	/** {@link RequestHash} of the report as submitted; null for reports filed before it was kept. */
	private String requestHash;

	@Version
	private Long version;

	protected Report() {
	}

	Report(String trackingNumber, SubmitReportCommand command, String subcategory, String gridCode,
			String idempotencyKey, String requestHash, String submittedBy, Instant submittedAt) {
		this.id = UUID.randomUUID();
		this.trackingNumber = trackingNumber;
		this.channel = command.channel();
		this.subcategory = subcategory;
		this.description = command.description();
		this.address = command.address();
		this.lon = command.lon();
		this.lat = command.lat();
		this.gridCode = gridCode;
		this.anonymous = command.reporter() == null;
		if (command.reporter() != null) {
			this.reporterName = command.reporter().name();
			this.reporterPhone = command.reporter().phone();
			this.reporterEmail = command.reporter().email();
		}
		this.idempotencyKey = idempotencyKey;
		this.requestHash = requestHash;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	/** Whether a request with this hash is this report sent again. */
	boolean isSubmittedAs(String hash) {
		return this.requestHash == null || this.requestHash.equals(hash);
	}

	void openedAs(CaseId caseId) {
		this.caseId = caseId.value();
		this.linkedAsDuplicate = false;
	}

	void linkedTo(CaseId caseId) {
		this.caseId = caseId.value();
		this.linkedAsDuplicate = true;
	}

	UUID getId() {
		return this.id;
	}

	String getTrackingNumber() {
		return this.trackingNumber;
	}

	Channel getChannel() {
		return this.channel;
	}

	String getSubcategory() {
		return this.subcategory;
	}

	String getDescription() {
		return this.description;
	}

	String getAddress() {
		return this.address;
	}

	Double getLon() {
		return this.lon;
	}

	Double getLat() {
		return this.lat;
	}

	String getGridCode() {
		return this.gridCode;
	}

	String getReporterName() {
		return this.reporterName;
	}

	String getReporterPhone() {
		return this.reporterPhone;
	}

	String getReporterEmail() {
		return this.reporterEmail;
	}

	boolean isAnonymous() {
		return this.anonymous;
	}

	CaseId getCaseId() {
		return new CaseId(this.caseId);
	}

	boolean isLinkedAsDuplicate() {
		return this.linkedAsDuplicate;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

}
