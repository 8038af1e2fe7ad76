package org.gridcase.supervision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A four-level warning for a place subtree and days, set by the district center; lifted early or not. */
@Entity
@Table(name = "supervision_warning")
class Warning {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String placeCode;

	@Enumerated(EnumType.STRING)
	private WarningLevel level;

	@Column(name = "valid_from")
	private LocalDate from;

	@Column(name = "valid_to")
	private LocalDate to;

	private String reason;

	private String setBy;

	private Instant setAt;

	private String liftedBy;

	private Instant liftedAt;

	private String liftReason;

	@Version
	private long version;

	protected Warning() {
	}

	Warning(String placeCode, WarningLevel level, LocalDate from, LocalDate to, String reason, String setBy,
			Instant setAt) {
		this.placeCode = placeCode;
		this.level = level;
		this.from = from;
		this.to = to;
		this.reason = reason;
		this.setBy = setBy;
		this.setAt = setAt;
	}

	/** @return whether it was in force until now */
	boolean lift(String by, String reason, Instant at) {
		if (this.liftedAt != null) {
			return false;
		}
		this.liftedBy = by;
		this.liftReason = reason;
		this.liftedAt = at;
		return true;
	}

	boolean inForceOn(LocalDate day) {
		return this.liftedAt == null && !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	/** Whether it covers the place (the place lies in its subtree) or lies below it. */
	boolean covers(String code) {
		return code.startsWith(this.placeCode);
	}

	/** What the warning says while it is not lifted: level, place subtree and days. */
	Terms terms() {
		return new Terms(this.placeCode, this.level, this.from, this.to);
	}

	/** A warning's level, place subtree and days, kept apart from the entity (held across transactions). */
	record Terms(String placeCode, WarningLevel level, LocalDate from, LocalDate to) {

		boolean inForceOn(LocalDate day) {
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

		boolean covers(String code) {
			return code.startsWith(this.placeCode);
		}

	}

	Long getId() {
		return this.id;
	}

	String getPlaceCode() {
		return this.placeCode;
	}

	WarningLevel getLevel() {
		return this.level;
	}

	LocalDate getFrom() {
		return this.from;
	}

	LocalDate getTo() {
		return this.to;
	}

	String getReason() {
		return this.reason;
	}

	String getSetBy() {
		return this.setBy;
	}

	Instant getSetAt() {
		return this.setAt;
	}

	String getLiftedBy() {
		return this.liftedBy;
	}

	Instant getLiftedAt() {
		return this.liftedAt;
	}

}
