package org.gridcase.patrol;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tests leave the patrol log as they found it: the demo logins' patrols and diaries go again.
 */
class PatrolFixtures {

	private final JdbcClient jdbc;

	PatrolFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void removePatrolsOf(String... usernames) {
		this.jdbc.sql("delete from patrol where username in (:usernames)").param("usernames", List.of(usernames)).update();
	}

	void removeDiaryOf(String... usernames) {
		this.jdbc.sql("delete from patrol_diary where username in (:usernames)").param("usernames", List.of(usernames)).update();
	}

}
