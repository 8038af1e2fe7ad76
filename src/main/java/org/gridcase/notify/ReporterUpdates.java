package org.gridcase.notify;

import java.util.HashMap;
import java.util.Map;

import org.gridcase.catalogue.Catalogue;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseStepEntered;
import org.gridcase.cases.CaseView;
import org.gridcase.intake.ReporterContacts;
import org.gridcase.intake.ReporterContacts.ReporterContact;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reporters hear back when their case is registered (立案), rejected (with the reason), handled
 * and verified (with the one-time link to the satisfaction visit) and closed; each once, in the
 * transaction that moved the case.
 */
@Component
class ReporterUpdates {

	private final CaseManagement cases;

	private final ReporterContacts reporters;

	private final SatisfactionVisits visits;

	private final Messages messages;

	private final Catalogue catalogue;

	ReporterUpdates(CaseManagement cases, ReporterContacts reporters, SatisfactionVisits visits, Messages messages,
			Catalogue catalogue) {
		this.catalogue = catalogue;
		this.cases = cases;
		this.reporters = reporters;
		this.visits = visits;
		this.messages = messages;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(CaseStepEntered event) {
		NotificationKind kind = switch (event.step()) {
			case HANDLE -> NotificationKind.CASE_REGISTERED;
			case REJECTED -> NotificationKind.CASE_REJECTED;
			case EVALUATE -> NotificationKind.CASE_HANDLED;
			case CLOSED -> NotificationKind.CASE_CLOSED;
			default -> null;
		};
		if (kind == null) {
			return;
		}
		CaseView view = this.cases.findCase(event.caseId()).orElseThrow();
		for (ReporterContact reporter : this.reporters.of(event.caseId())) {
			Map<String, String> variables = new HashMap<>();
			variables.put("issueTypeLabel", this.catalogue.issueTypeName(view.issueType()));
			if (kind == NotificationKind.CASE_REJECTED) {
				variables.put("rejectionReasonLabel", CaseWording.rejectionReason(view.rejectionReason()));
			}
			if (kind == NotificationKind.CASE_HANDLED) {
				java.util.Optional<String> link = this.visits.invite(event.caseId(), reporter);
				if (link.isEmpty()) {
					continue;
				}
				variables.put("visitLink", link.get());
				variables.put("visitLinkValidDays", String.valueOf(this.visits.validDays()));
			}
			this.messages.toReporter(kind, reporter, event.caseId().value(), variables);
		}
	}

}
