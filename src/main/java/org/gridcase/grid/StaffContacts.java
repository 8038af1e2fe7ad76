package org.gridcase.grid;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a member of staff can be reached (their phone and e-mail as the organisation keeps them).
 * Asked for every alert a timer sends, so it is one plain prepared statement (issue 13): no
 * derived query for Hibernate to build and translate on each call, and no entity to load and
 * dirty-check in the caller's transaction. It reads what is committed or flushed.
 */
@Service
@Transactional(readOnly = true)
public class StaffContacts {

	private static final String CONTACT_OF = "select username, name, phone, email from person where username = ?";

	private static final String CONTACTS_OF = "select username, name, phone, email from person where username = any(?::text[])";

	private final JdbcClient jdbc;

	StaffContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StaffContact> of(String username) {
		return this.jdbc.sql(CONTACT_OF)
			.param(username)
			.query((row, number) -> new StaffContact(row.getString("username"), row.getString("name"),
					row.getString("phone"), row.getString("email")))
			.optional();
	}

	/**
	 * The contacts of several people in one statement (an alert to a group's holders), by username;
	 * someone unknown is missing from the map.
	 */
	public Map<String, StaffContact> of(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		Map<String, StaffContact> contacts = new HashMap<>();
		this.jdbc.sql(CONTACTS_OF)
			.param(usernames.toArray(String[]::new))
			.query((row, number) -> new StaffContact(row.getString("username"), row.getString("name"),
					row.getString("phone"), row.getString("email")))
			.list()
			.forEach(contact -> contacts.put(contact.username(), contact));
		return contacts;
	}

	/** A member of staff's name and contact data. */
	public record StaffContact(String username, String name, String phone, String email) {
	}

}
