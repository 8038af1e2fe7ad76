package org.gridcase.notify;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.gridcase.cases.CaseView;
import org.gridcase.cases.HandlingLevel;
import org.gridcase.cases.Severity;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.shared.District;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quiet hours and what breaks through them.
 */
class QuietHoursTests {

	private static final ZoneId ZONE = District.ZONE;

	private final QuietHours overnight = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

	@Test
	void overnightQuietHoursHoldUntilTheMorning() {
		assertThat(this.overnight.releaseOf(at("2026-11-23T23:30"), ZONE)).isEqualTo(at("2026-11-24T07:00"));
		assertThat(this.overnight.releaseOf(at("2026-11-24T03:00"), ZONE)).isEqualTo(at("2026-11-24T07:00"));
		assertThat(this.overnight.releaseOf(at("2026-11-24T07:00"), ZONE)).isEqualTo(at("2026-11-24T07:00"));
		assertThat(this.overnight.releaseOf(at("2026-11-24T12:00"), ZONE)).isEqualTo(at("2026-11-24T12:00"));
	}

	@Test
	void daytimeQuietHoursHoldUntilTheirEnd() {
		QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
		assertThat(lunch.releaseOf(at("2026-11-24T12:30"), ZONE)).isEqualTo(at("2026-11-24T14:00"));
		assertThat(lunch.releaseOf(at("2026-11-24T14:30"), ZONE)).isEqualTo(at("2026-11-24T14:30"));
	}

	@Test
	void emergenciesAreNamedByThePolicy() {
		CaseView hazard = view("SAFETY_HAZARD", Severity.MAJOR);
		assertThat(EmergencyPolicy.isEmergency(NotificationKind.LIGHT_RED, hazard, null, false)).isTrue();
		assertThat(EmergencyPolicy.isEmergency(NotificationKind.LIGHT_YELLOW, hazard, null, false)).isFalse();
		assertThat(EmergencyPolicy.isEmergency(NotificationKind.LIGHT_RED, view("SANITATION", Severity.MAJOR), null, false))
			.isFalse();
		assertThat(EmergencyPolicy.isEmergency(NotificationKind.TASK_CREATED, view("SANITATION", Severity.EMERGENCY), null,
				false)).isTrue();
		CaseView general = view("SANITATION", Severity.GENERAL);
		assertThat(EmergencyPolicy.isEmergency(NotificationKind.CASE_ESCALATED, general, HandlingLevel.DISTRICT, false))
			.isTrue();
		assertThat(EmergencyPolicy.isEmergency(NotificationKind.CASE_ESCALATED, general, HandlingLevel.STREET, false))
			.isFalse();
		assertThat(EmergencyPolicy.isEmergency(NotificationKind.WARNING_RAISED, null, null, true)).isTrue();
	}

	private static CaseView view(String issueType, Severity severity) {
		CaseView view = org.gridcase.cases.CaseFixtures.view(DemoDistrict.FIRST_GRID);
		return new CaseView(view.id(), issueType, severity, view.gridCode(), view.description(), view.address(), view.lon(),
				view.lat(), view.channel(), view.step(), view.level(), view.light(), view.responsibleGroup(),
				view.stepDueAt(), view.caseDueAt(), view.dispatchedDepartments(), view.reworkCount(),
				view.rejectionReason(), view.satisfaction(), view.accountabilityStartedAt(), view.openedAt(),
				view.closedAt(), view.reportCount(), view.stepsEntered(), view.escalations(), view.trackingNumber());
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(ZONE).toInstant();
	}

}
