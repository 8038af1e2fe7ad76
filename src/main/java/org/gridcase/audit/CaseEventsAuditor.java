package org.gridcase.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gridcase.cases.AccountabilityReviewStarted;
import org.gridcase.cases.CaseDispatchedToDepartment;
import org.gridcase.cases.CaseEscalated;
import org.gridcase.cases.CaseLightTurned;
import org.gridcase.cases.CaseOpened;
import org.gridcase.cases.CaseStepEntered;
import org.gridcase.cases.PhotosAttached;
import org.gridcase.cases.ReworkCounted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what happens to cases, synchronously, in the transaction that made the change.
 */
@Component
class CaseEventsAuditor {

	private final AuditTrail trail;

	CaseEventsAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(CaseOpened event) {
		this.trail.append(event.caseId().value(), AuditEventType.CASE_OPENED, Map.of("issueType", event.issueType(),
				"severity", event.severity().name(), "gridCode", event.gridCode()));
	}

	@EventListener
	void on(CaseStepEntered event) {
		this.trail.append(event.caseId().value(), AuditEventType.STEP_ENTERED,
				Map.of("step", event.step().name(), "stepLabel", event.step().label()));
	}

	@EventListener
	void on(CaseEscalated event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("fromLevel", event.fromLevel().name());
		data.put("fromLabel", event.fromLevel().label());
		data.put("toLevel", event.toLevel().name());
		data.put("toLabel", event.toLevel().label());
		data.put("cause", event.cause().name());
		data.put("skipped", event.skipped() == null ? "" : event.skipped());
		this.trail.append(event.caseId().value(), AuditEventType.CASE_ESCALATED, data);
	}

	@EventListener
	void on(CaseLightTurned event) {
		this.trail.append(event.caseId().value(), AuditEventType.LIGHT_TURNED, Map.of("from", event.from().name(),
				"fromLabel", event.from().label(), "to", event.to().name(), "toLabel", event.to().label()));
	}

	@EventListener
	void on(ReworkCounted event) {
		this.trail.append(event.caseId().value(), AuditEventType.REWORK_COUNTED,
				Map.of("reworkCount", event.reworkCount()));
	}

	@EventListener
	void on(CaseDispatchedToDepartment event) {
		this.trail.append(event.caseId().value(), AuditEventType.DEPARTMENT_DISPATCHED,
				Map.of("departmentCode", event.departmentCode(), "group", event.group()));
	}

	@EventListener
	void on(AccountabilityReviewStarted event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("lateGroup", event.lateGroup());
		data.put("gridSide", event.gridSide());
		data.put("departmentSide", event.departmentSide());
		this.trail.append(event.caseId().value(), AuditEventType.ACCOUNTABILITY_REVIEW_STARTED, data);
	}

	@EventListener
	void on(PhotosAttached event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("count", event.attachmentIds().size());
		data.put("attachmentIds", event.attachmentIds());
		data.put("reportId", event.reportId() == null ? null : event.reportId().toString());
		data.put("step", event.step().name());
		data.put("stepLabel", event.step().label());
		this.trail.append(event.caseId().value(), AuditEventType.PHOTOS_ADDED, data);
	}

}
