package org.gridcase.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.gridcase.shared.District;

/**
 * A person holds a role at a place (for a department, for departmental roles) from
 * {@code validFrom} until the day before {@code validTo} (open-ended without it).
 */
@Entity
class RoleAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_assignment_seq")
	@SequenceGenerator(name = "role_assignment_seq", sequenceName = "role_assignment_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id")
	private Person person;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "grid_id")
	private Grid grid;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "department_id")
	private Department department;

	private LocalDate validFrom;

	private LocalDate validTo;

	/** When it was entered; null for assignments entered before this was recorded. */
	private Instant enteredAt;

	@Version
	private long version;

	protected RoleAssignment() {
	}

	RoleAssignment(Person person, Role role, Grid grid, Department department, LocalDate validFrom, LocalDate validTo,
			Instant enteredAt) {
		this.person = person;
		this.enteredAt = enteredAt;
		this.role = role;
		this.grid = grid;
		this.department = department;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	boolean endOn(LocalDate validTo) {
		boolean changed = !Objects.equals(this.validTo, validTo);
		this.validTo = validTo;
		return changed;
	}

	/** An assignment entered by mistake may be withdrawn on the day it was entered (district time), not later. */
	boolean mayBeWithdrawnOn(LocalDate today) {
		return this.enteredAt != null && this.enteredAt.atZone(District.ZONE).toLocalDate().equals(today);
	}

	RoleAtPlace roleAtPlace() {
		return new RoleAtPlace(this.role, this.department == null ? null : this.department.getCode(), this.grid.getCode());
	}

	Instant getEnteredAt() {
		return this.enteredAt;
	}

	boolean isActiveOn(LocalDate day) {
		return !this.validFrom.isAfter(day) && (this.validTo == null || this.validTo.isAfter(day));
	}

	Long getId() {
		return this.id;
	}

	Person getPerson() {
		return this.person;
	}

	Role getRole() {
		return this.role;
	}

	Grid getGrid() {
		return this.grid;
	}

	Department getDepartment() {
		return this.department;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

}
