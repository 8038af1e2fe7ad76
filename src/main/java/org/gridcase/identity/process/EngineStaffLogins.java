package org.gridcase.identity.process;

import org.gridcase.shared.UserTexts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.gridcase.grid.OpenedLogin;
import org.gridcase.grid.StaffLogins;
import org.gridcase.identity.FirstPasswords;
import org.gridcase.shared.InvalidInputException;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Without Keycloak: logins are engine users (passwords stored salted and hashed by the engine),
 * opened in the organisation's transaction; a first password is remembered in
 * {@code login_first_password} until the person has chosen their own.
 */
@Component
@Profile("!keycloak")
class EngineStaffLogins implements StaffLogins, FirstPasswords {

	static final int MIN_LENGTH = 8;

	private final IdentityService identityService;

	private final JdbcClient jdbc;

	private final Clock clock;

	EngineStaffLogins(IdentityService identityService, JdbcClient jdbc, Clock clock) {
		this.identityService = identityService;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Optional<OpenedLogin> open(String username, String name, String email, String firstPassword) {
		if (this.identityService.createUserQuery().userId(username).count() > 0) {
			return Optional.empty();
		}
		String password = firstPassword != null ? firstPassword : PasswordGenerator.firstPassword();
		ChineseName names = ChineseName.of(name);
		User user = this.identityService.newUser(username);
		user.setLastName(names.surname());
		user.setFirstName(names.givenName());
		user.setEmail(email);
		user.setPassword(password);
		this.identityService.saveUser(user);
		this.jdbc.sql("insert into login_first_password (username, opened_at) values (?, ?)")
			.params(username, Timestamp.from(this.clock.instant()))
			.update();
		return Optional.of(new OpenedLogin(username, firstPassword != null ? null : password));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mustChange(String username) {
		return this.jdbc.sql("select count(*) from login_first_password where username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	@Transactional
	public void replace(String username, String currentPassword, String newPassword) {
		if (currentPassword == null || !this.identityService.checkPassword(username, currentPassword)) {
			throw new InvalidInputException("currentPassword", UserTexts.get("password.current-wrong"));
		}
		if (newPassword == null || newPassword.length() < MIN_LENGTH || newPassword.length() > 64) {
			throw new InvalidInputException("newPassword", UserTexts.get("password.length", String.valueOf(MIN_LENGTH), "64"));
		}
		if (newPassword.equals(currentPassword)) {
			throw new InvalidInputException("newPassword", UserTexts.get("password.same-as-first"));
		}
		User user = this.identityService.createUserQuery().userId(username).singleResult();
		user.setPassword(newPassword);
		this.identityService.saveUser(user);
		this.jdbc.sql("delete from login_first_password where username = ?").param(username).update();
	}

}
