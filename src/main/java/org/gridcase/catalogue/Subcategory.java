package org.gridcase.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gridcase.cases.Severity;

/**
 * A subcategory (小类) reports are filed under, e.g. 04-01 消防通道堵塞, with the process that
 * handles its cases. Never deleted: reports keep its code; an inactive one takes no new reports.
 */
@Entity
@Table(name = "catalogue_subcategory")
class Subcategory {

	@Id
	private String code;

	private String category;

	private String name;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "issue_type")
	private IssueType issueType;

	@Enumerated(EnumType.STRING)
	private Severity defaultSeverity;

	private String handlingProcess;

	private boolean active;

	@Version
	private Long version;

	protected Subcategory() {
	}

	Subcategory(String code) {
		this.code = code;
	}

	/** Takes the command's values (issue type already looked up); whether anything changed. */
	boolean update(SaveSubcategoryCommand command, IssueType issueType) {
		Severity severity = command.defaultSeverity() == null ? Severity.GENERAL : command.defaultSeverity();
		String process = command.handlingProcess() == null ? issueType.getHandlingProcess() : command.handlingProcess();
		boolean active = command.active() == null || command.active();
		boolean changed = !command.category().equals(this.category) || !command.name().equals(this.name)
				|| this.issueType == null || !issueType.getCode().equals(this.issueType.getCode())
				|| severity != this.defaultSeverity || !process.equals(this.handlingProcess) || active != this.active;
		this.category = command.category();
		this.name = command.name();
		this.issueType = issueType;
		this.defaultSeverity = severity;
		this.handlingProcess = process;
		this.active = active;
		return changed;
	}

	void activate(boolean active) {
		this.active = active;
	}

	String getCode() {
		return this.code;
	}

	/** Takes reports: it and its issue type are active. */
	boolean isOpen() {
		return this.active && this.issueType.isActive();
	}

	SubcategoryView view() {
		IssueTypeView type = this.issueType.view();
		return new SubcategoryView(this.code, this.category, this.name, type.code(), type.name(),
				this.defaultSeverity, this.handlingProcess, this.active, isOpen());
	}

}
