package org.gridcase.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Our record of a case.
 */
@Entity
@Table(name = "case_record")
public class CaseRecord {

	@Id
	private UUID id;

	private String issueType;

	private String gridCode;

	private String description;

	@Enumerated(EnumType.STRING)
	private CaseStep step;

	private Instant openedAt;

	@Version
	private long version;

	protected CaseRecord() {
	}

	CaseRecord(CaseId id, String issueType, String gridCode, String description, Instant openedAt) {
		this.id = id.value();
		this.issueType = issueType;
		this.gridCode = gridCode;
		this.description = description;
		this.step = CaseStep.REPORT;
		this.openedAt = openedAt;
	}

	public CaseId getId() {
		return new CaseId(this.id);
	}

	public String getIssueType() {
		return this.issueType;
	}

	public String getGridCode() {
		return this.gridCode;
	}

	public String getDescription() {
		return this.description;
	}

	public CaseStep getStep() {
		return this.step;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

}
