package org.gridcase.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An issue type (问题类型), e.g. 安全隐患: groups subcategories; its handling process handles cases
 * opened without a subcategory.
 */
@Entity
@Table(name = "catalogue_issue_type")
class IssueType {

	@Id
	private String code;

	private String name;

	private String handlingProcess;

	private boolean active;

	@Version
	private Long version;

	protected IssueType() {
	}

	IssueType(String code) {
		this.code = code;
	}

	/** Takes the command's values; whether anything changed. */
	boolean update(SaveIssueTypeCommand command) {
		boolean active = command.active() == null || command.active();
		boolean changed = !command.name().equals(this.name) || !command.handlingProcess().equals(this.handlingProcess)
				|| active != this.active;
		this.name = command.name();
		this.handlingProcess = command.handlingProcess();
		this.active = active;
		return changed;
	}

	void activate(boolean active) {
		this.active = active;
	}

	String getCode() {
		return this.code;
	}

	String getHandlingProcess() {
		return this.handlingProcess;
	}

	boolean isActive() {
		return this.active;
	}

	IssueTypeView view() {
		return new IssueTypeView(this.code, this.name, this.handlingProcess, this.active);
	}

}
