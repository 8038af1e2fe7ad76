package org.gridcase.intake;

import java.util.List;
import java.util.Map;

import org.gridcase.cases.CaseRecord;
import org.gridcase.cases.CaseStep;
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
		CaseRecord record = tracked.caseRecord();
		List<PublicCaseStatus.Note> notes = record.getStepsEntered()
			.stream()
			.filter(entry -> !entry.getValue().isBefore(tracked.submittedAt()) || entry.getKey() == CaseStep.REPORT)
			.map(entry -> new PublicCaseStatus.Note(entry.getValue(), STEPS.get(entry.getKey())))
			.toList();
		String status = record.getStep() == CaseStep.CLOSED ? "已办结"
				: record.getStep() == CaseStep.REJECTED ? "不予立案" : "处理中";
		return new PublicCaseStatus(tracked.trackingNumber(), tracked.subcategory().category(),
				tracked.subcategory().label(), status, STEPS.get(record.getStep()),
				tracked.anonymous() ? null : tracked.address(), tracked.submittedAt(), record.getClosedAt(), notes);
	}

}
