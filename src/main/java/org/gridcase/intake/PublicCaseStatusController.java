package org.gridcase.intake;

import java.util.List;

import org.gridcase.cases.CaseStep;
import org.gridcase.cases.CaseView;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UserTexts;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public status of a report by its tracking number, for residents and hotline operators. Open to
 * anyone: tracking numbers carry six random digits, so one does not reveal another.
 */
@RestController
class PublicCaseStatusController {

	private final ReportIntake intake;

	PublicCaseStatusController(ReportIntake intake) {
		this.intake = intake;
	}

	@GetMapping("/api/public/cases/{trackingNumber}")
	PublicCaseStatus status(@PathVariable String trackingNumber) {
		TrackedReport tracked = this.intake.track(trackingNumber)
			.orElseThrow(() -> new NotFoundException(UserTexts.get("public-status.unknown", trackingNumber)));
		CaseView view = tracked.caseView();
		List<PublicCaseStatus.Note> notes = view.stepsEntered()
			.stream()
			.filter(entry -> !entry.at().isBefore(tracked.submittedAt()) || entry.step() == CaseStep.REPORT)
			.map(entry -> new PublicCaseStatus.Note(entry.at(), stepText(entry.step())))
			.toList();
		String status = UserTexts.get(view.step() == CaseStep.CLOSED ? "public-status.closed"
				: view.step() == CaseStep.REJECTED ? "public-status.rejected" : "public-status.in-progress");
		return new PublicCaseStatus(tracked.trackingNumber(), tracked.subcategory().category(),
				tracked.subcategory().name(), status, stepText(view.step()),
				tracked.anonymous() ? null : tracked.address(), tracked.submittedAt(), view.closedAt(), notes);
	}

	private static String stepText(CaseStep step) {
		return UserTexts.get("public-status.step." + step.name());
	}

}
