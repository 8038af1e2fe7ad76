package org.gridcase.grid;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * A member of staff; the username is their login.
 */
@Entity
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
	@SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
	private Long id;

	private String username;

	private String name;

	private String phone;

	private String email;

	@Version
	private long version;

	protected Person() {
	}

	Person(String username, String name, String phone, String email) {
		this.username = username;
		update(name, phone, email);
	}

	boolean update(String name, String phone, String email) {
		boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.phone, phone)
				|| !Objects.equals(this.email, email);
		this.name = name;
		this.phone = phone;
		this.email = email;
		return changed;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getName() {
		return this.name;
	}

	String getPhone() {
		return this.phone;
	}

	String getEmail() {
		return this.email;
	}

}
