package org.gridcase.grid;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * A functional department (条) that sends officers down into streets and grids.
 */
@Entity
class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
	@SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
	private Long id;

	private String code;

	private String name;

	@Version
	private long version;

	protected Department() {
	}

	Department(String code, String name) {
		this.code = code;
		this.name = name;
	}

	boolean rename(String name) {
		boolean changed = !name.equals(this.name);
		this.name = name;
		return changed;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

}
