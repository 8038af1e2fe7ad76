package org.gridcase.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedLoginsTests {

	private static final EngineLogin WORKER = new EngineLogin(List.of("GRID_WORKER:410104001001001"), List.of(), false);

	private final MovableClock clock = new MovableClock();

	private final VerifiedLogins logins = new VerifiedLogins(new VerifiedLoginProperties(Duration.ofSeconds(10), 100),
			this.clock);

	@Test
	void recallsALoginOnlyWithThePasswordTheEngineAccepted() {
		this.logins.remember("gridworker1", "demo123", WORKER, this.logins.beginCheck());

		assertThat(this.logins.recall("gridworker1", "demo123")).contains(WORKER);
		assertThat(this.logins.recall("gridworker1", "demo1234")).isEmpty();
		assertThat(this.logins.recall("gridworker1", "")).isEmpty();
		assertThat(this.logins.recall("gridworker2", "demo123")).isEmpty();
	}

	@Test
	void checksAgainOnceTheWindowHasPassed() {
		this.logins.remember("gridworker1", "demo123", WORKER, this.logins.beginCheck());

		this.clock.move(Duration.ofMillis(9_999));
		assertThat(this.logins.recall("gridworker1", "demo123")).contains(WORKER);
		this.clock.move(Duration.ofMillis(1));
		assertThat(this.logins.recall("gridworker1", "demo123")).isEmpty();
	}

	@Test
	void checksAgainWhenTheClockWasSetBack() {
		this.logins.remember("gridworker1", "demo123", WORKER, this.logins.beginCheck());

		this.clock.move(Duration.ofSeconds(-1));

		assertThat(this.logins.recall("gridworker1", "demo123")).isEmpty();
	}

	@Test
	void aForgottenUserIsCheckedAgainAndOthersAreNot() {
		this.logins.remember("gridworker1", "demo123", WORKER, this.logins.beginCheck());
		this.logins.remember("gridworker2", "demo123", WORKER, this.logins.beginCheck());

		this.logins.forget("gridworker1");

		assertThat(this.logins.recall("gridworker1", "demo123")).isEmpty();
		assertThat(this.logins.recall("gridworker2", "demo123")).contains(WORKER);
		this.logins.forgetAll();
		assertThat(this.logins.recall("gridworker2", "demo123")).isEmpty();
	}

	@Test
	void aCheckOverlappingAChangeIsNotRemembered() {
		long checkBegun = this.logins.beginCheck();
		// an administrator's change lands while the engine answers the check
		this.logins.forgetAll();

		this.logins.remember("gridworker1", "demo123", WORKER, checkBegun);

		assertThat(this.logins.recall("gridworker1", "demo123")).isEmpty();
	}

	@Test
	void aWindowOfZeroChecksEveryRequest() {
		VerifiedLogins everyRequest = new VerifiedLogins(new VerifiedLoginProperties(Duration.ZERO, 100), this.clock);

		everyRequest.remember("gridworker1", "demo123", WORKER, everyRequest.beginCheck());

		assertThat(everyRequest.recall("gridworker1", "demo123")).isEmpty();
	}

	/** The application's clock as a test moves it (the engine clock in the application). */
	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-23T02:00:00Z");

		void move(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
