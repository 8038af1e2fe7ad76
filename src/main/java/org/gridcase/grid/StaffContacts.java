package org.gridcase.grid;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a member of staff can be reached (their phone and e-mail as the organisation keeps them).
 */
@Service
@Transactional(readOnly = true)
public class StaffContacts {

	private final PersonRepository people;

	StaffContacts(PersonRepository people) {
		this.people = people;
	}

	public Optional<StaffContact> of(String username) {
		return this.people.findByUsername(username)
			.map(person -> new StaffContact(person.getUsername(), person.getName(), person.getPhone(),
					person.getEmail()));
	}

	/** A member of staff's name and contact data. */
	public record StaffContact(String username, String name, String phone, String email) {
	}

}
