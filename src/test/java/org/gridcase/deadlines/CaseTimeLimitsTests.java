package org.gridcase.deadlines;

import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployed {@code CaseTimeLimits} decision, as routing and timers read it.
 */
@IntegrationTest
class CaseTimeLimitsTests {

	@Autowired
	TimeLimits limits;

	@Test
	void stepsHaveTheirLimitsInWorkingTime() {
		assertThat(this.limits.limitFor("SANITATION", "GENERAL", "REPORT")).isEqualTo(TimeLimit.of(2, LimitUnit.WORKING_HOURS));
		assertThat(this.limits.limitFor("SANITATION", "GENERAL", "HANDLE_IN_GRID"))
			.isEqualTo(TimeLimit.of(1, LimitUnit.WORKING_DAYS));
		assertThat(this.limits.limitFor("SANITATION", "GENERAL", "CASE")).isEqualTo(TimeLimit.of(10, LimitUnit.WORKING_DAYS));
	}

	@Test
	void emergenciesCountContinuousHours() {
		assertThat(this.limits.limitFor("SANITATION", "EMERGENCY", "HANDLE_IN_GRID"))
			.isEqualTo(TimeLimit.of(2, LimitUnit.EMERGENCY_HOURS));
		assertThat(this.limits.limitFor("SAFETY_HAZARD", "EMERGENCY", "CASE"))
			.isEqualTo(TimeLimit.of(24, LimitUnit.EMERGENCY_HOURS));
	}

	@Test
	void majorSafetyHazardsAreControlledWithinHours() {
		assertThat(this.limits.limitFor("SAFETY_HAZARD", "MAJOR", "IMMEDIATE_CONTROL"))
			.isEqualTo(TimeLimit.of(4, LimitUnit.EMERGENCY_HOURS));
	}

	@Test
	void anyOtherStepHasTheDefaultLimit() {
		assertThat(this.limits.limitFor("DISPUTE", "GENERAL", "SOMETHING_NEW")).isEqualTo(TimeLimit.of(2, LimitUnit.WORKING_DAYS));
	}

}
