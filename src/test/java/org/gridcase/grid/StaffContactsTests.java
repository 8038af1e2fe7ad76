package org.gridcase.grid;

import org.gridcase.IntegrationTest;
import org.gridcase.SqlStatements;
import org.gridcase.grid.StaffContacts.StaffContact;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff's contact, as a batch of timer alerts asks for it again and again (issue
 * 13): one plain prepared statement per question, nothing for Hibernate to build or translate
 * (a derived query rebuilt and translated a criteria query on every call).
 */
@IntegrationTest
class StaffContactsTests {

	@Autowired
	StaffContacts contacts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void readsTheContactAsTheOrganisationKeepsItWithOnePlainStatementAndNoHibernateQuery() {
		StaffContact expected = this.jdbc.queryForObject(
				"select username, name, phone, email from person where username = 'gridleader1'",
				(row, number) -> new StaffContact(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));

		try (SqlStatements sql = SqlStatements.record()) {
			this.transaction.executeWithoutResult(status -> {
				for (int alert = 0; alert < 3; alert++) {
					assertThat(this.contacts.of("gridleader1")).contains(expected);
				}
				assertThat(this.contacts.of("nobody-of-the-district")).isEmpty();
			});

			System.out.printf("StaffContacts, 4 lookups in one transaction: %d statements, %d through Hibernate%n",
					sql.matching(text -> text.contains("from person")).size(),
					sql.ofHibernate().stream().filter(text -> text.contains("person")).count());
			assertThat(sql.matching(text -> text.contains("from person")))
				.containsOnly("select username, name, phone, email from person where username = ?")
				.hasSize(4);
			assertThat(sql.ofHibernate()).noneMatch(text -> text.contains("person"));
		}
	}

}
