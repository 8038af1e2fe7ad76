package org.gridcase.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gridcase.deadlines.Light;
import org.gridcase.grid.RoleAtPlace;

/**
 * Our record of a case, kept in step with its processes: current step, handling level,
 * deadline light, who is responsible now, when each step began and ended, the climbs up the
 * ladder and how often it was sent back for rework.
 */
@Entity
@Table(name = "case_record")
class CaseRecord {

	@Id
	private UUID id;

	/** The public tracking number: the first report's, or one drawn when a dispatcher opened the case. */
	private String trackingNumber;

	private String issueType;

	private String gridCode;

	private String description;

	private String address;

	private Double lon;

	private Double lat;

	private int reportCount = 1;

	private String channel;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	@Enumerated(EnumType.STRING)
	private CaseStep step;

	@Enumerated(EnumType.STRING)
	@Column(name = "handling_level")
	private HandlingLevel level;

	@Enumerated(EnumType.STRING)
	private Light light;

	private String responsibleGroup;

	/** Departments the case was sent to, comma-separated: their staff may see it. */
	private String dispatchedDepartments = "";

	private Instant stepDueAt;

	private Instant caseDueAt;

	private int reworkCount;

	private String rejectionReason;

	private String satisfaction;

	private Instant accountabilityStartedAt;

	private Instant openedAt;

	private Instant closedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<CaseStepEntry> stepLog = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "case_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<CaseEscalation> escalations = new ArrayList<>();

	@Version
	private long version;

	protected CaseRecord() {
	}

	CaseRecord(CaseId id, String trackingNumber, OpenCaseCommand command, Instant openedAt) {
		this.id = id.value();
		this.trackingNumber = trackingNumber;
		this.issueType = command.issueType();
		this.severity = command.severity();
		this.gridCode = command.gridCode();
		this.description = command.description();
		this.address = command.address();
		this.lon = command.lon();
		this.lat = command.lat();
		this.channel = command.channel();
		this.level = HandlingLevel.GRID;
		this.light = Light.GREEN;
		this.openedAt = openedAt;
		enterStep(CaseStep.REPORT, openedAt);
	}

	/** @return whether the case moved (entering the step it is at changes nothing) */
	boolean enterStep(CaseStep next, Instant at) {
		if (next == this.step) {
			return false;
		}
		this.stepLog.stream().filter(entry -> entry.getLeftAt() == null).forEach(entry -> entry.leave(at));
		this.step = next;
		if (next == CaseStep.CLOSED || next == CaseStep.REJECTED) {
			this.closedAt = at;
			this.responsibleGroup = null;
			this.stepDueAt = null;
		}
		else {
			this.stepLog.add(new CaseStepEntry(next, at));
		}
		return true;
	}

	/** @return the department the case was dispatched to by this, if it is the first time */
	Optional<String> assignTo(String group, Instant dueAt) {
		this.responsibleGroup = group;
		this.stepDueAt = dueAt;
		Optional<String> dispatched = RoleAtPlace.parse(group)
			.map(RoleAtPlace::departmentCode)
			.filter(department -> !getDispatchedDepartments().contains(department));
		dispatched.ifPresent(department -> this.dispatchedDepartments = this.dispatchedDepartments.isEmpty()
				? department : this.dispatchedDepartments + "," + department);
		return dispatched;
	}

	void setCaseDueAt(Instant caseDueAt) {
		this.caseDueAt = caseDueAt;
	}

	/** @return the level the case climbed from */
	HandlingLevel escalate(HandlingLevel to, EscalationCause cause, String skipped, Instant at) {
		HandlingLevel from = this.level;
		this.escalations.add(new CaseEscalation(from, to, cause, skipped, at));
		this.level = to;
		return from;
	}

	/**
	 * Turns the light (never back to a better one while the case runs).
	 * @return whether the case just turned red for the first time
	 */
	boolean turn(Light next, Instant at) {
		this.light = this.light.worse(next);
		if (this.light == Light.RED && this.accountabilityStartedAt == null) {
			this.accountabilityStartedAt = at;
			return true;
		}
		return false;
	}

	/** Another report of the same problem was linked to the case. */
	void countReport() {
		this.reportCount++;
	}

	void uncountReport() {
		this.reportCount = Math.max(1, this.reportCount - 1);
	}

	int countRework() {
		return ++this.reworkCount;
	}

	void reject(String reason, Instant at) {
		this.rejectionReason = reason;
		enterStep(CaseStep.REJECTED, at);
	}

	void close(String satisfaction, Instant at) {
		this.satisfaction = satisfaction;
		enterStep(CaseStep.CLOSED, at);
	}

	CaseId getId() {
		return new CaseId(this.id);
	}

	String getIssueType() {
		return this.issueType;
	}

	Severity getSeverity() {
		return this.severity;
	}

	String getGridCode() {
		return this.gridCode;
	}

	String getDescription() {
		return this.description;
	}

	String getAddress() {
		return this.address;
	}

	CaseStep getStep() {
		return this.step;
	}

	int getReportCount() {
		return this.reportCount;
	}

	Light getLight() {
		return this.light;
	}

	List<String> getDispatchedDepartments() {
		return this.dispatchedDepartments.isEmpty() ? List.of() : List.of(this.dispatchedDepartments.split(","));
	}

	/** A copy for readers outside the record's writers. */
	CaseView view() {
		return new CaseView(getId(), this.issueType, this.severity, this.gridCode, this.description, this.address,
				this.lon, this.lat, this.channel, this.step, this.level, this.light, this.responsibleGroup, this.stepDueAt,
				this.caseDueAt, getDispatchedDepartments(), this.reworkCount, this.rejectionReason, this.satisfaction,
				this.accountabilityStartedAt, this.openedAt, this.closedAt, this.reportCount,
				this.stepLog.stream().map(entry -> new CaseView.StepEntered(entry.getStep(), entry.getEnteredAt())).toList(),
				this.escalations.stream()
					.map(climb -> new CaseView.Escalation(climb.getFromLevel(), climb.getToLevel(), climb.getCause(),
							climb.getSkipped(), climb.getEscalatedAt()))
					.toList(),
				this.trackingNumber);
	}

	@Override
	public String toString() {
		return "Case " + this.id + " " + this.step + " " + this.level + " " + this.light + " "
				+ this.stepLog.stream().map(entry -> entry.getStep().name()).collect(Collectors.joining(">"));
	}

}
