package org.gridcase.intake;

import java.util.List;
import java.util.Map;

import org.gridcase.cases.CaseStep;
import org.gridcase.cases.CaseView;
import org.gridcase.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public status of a report by its tracking number, for residents and hotline operators. Open to
 * anyone: tracking numbers carry six random digits, so one does not reveal another.
 */
@RestController
class PublicCaseStatusController {

	private static final Map<CaseStep, String> STEPS = Map.of(CaseStep.COLLECT, "已受理", CaseStep.REPORT, "已受理，正在核实",
			CaseStep.REGISTER, "正在审核立案", CaseStep.HANDLE, "已立案，正在处置", CaseStep.FEEDBACK, "处置完毕，正在反馈结果",
			CaseStep.VERIFY_CLOSE, "正在现场核查", CaseStep.EVALUATE, "已核查，正在回访", CaseStep.CLOSED, "已办结",
			CaseStep.REJECTED, "不予立案");

	private final ReportIntake intake;

	PublicCaseStatusController(ReportIntake intake) {
		this.intake = intake;
	}

	@GetMapping("/api/public/cases/{trackingNumber}")
	PublicCaseStatus status(@PathVariable String trackingNumber) {
		TrackedReport tracked = this.intake.track(trackingNumber)
			.orElseThrow(() -> new NotFoundException("没有此受理编号: " + trackingNumber));
		CaseView view = tracked.caseView();
		List<PublicCaseStatus.Note> notes = view.stepsEntered()
			.stream()
			.filter(entry -> !entry.at().isBefore(tracked.submittedAt()) || entry.step() == CaseStep.REPORT)
			.map(entry -> new PublicCaseStatus.Note(entry.at(), STEPS.get(entry.step())))
			.toList();
		String status = view.step() == CaseStep.CLOSED ? "已办结"
				: view.step() == CaseStep.REJECTED ? "不予立案" : "处理中";
		return new PublicCaseStatus(tracked.trackingNumber(), tracked.subcategory().category(),
				tracked.subcategory().label(), status, STEPS.get(view.step()),
				tracked.anonymous() ? null : tracked.address(), tracked.submittedAt(), view.closedAt(), notes);
	}

}
