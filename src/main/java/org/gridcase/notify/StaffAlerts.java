package org.gridcase.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.gridcase.catalogue.Catalogue;
import org.gridcase.cases.CaseEscalated;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseLightTurned;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseView;
import org.gridcase.deadlines.Light;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.gridcase.grid.Holder;
import org.gridcase.grid.Role;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Staffing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Staff are told in time: the holders of a role at a place of a new task for it, of the case's
 * light turning yellow or red and of an escalation to them (the holders of the group then
 * responsible for the case), and of a warning for their place. Each in the transaction of the
 * change, once per event and person.
 */
@Service
@Transactional
public class StaffAlerts {

	private final CaseManagement cases;

	private final Staffing staffing;

	private final GridDirectory directory;

	private final Messages messages;

	private final Catalogue catalogue;

	StaffAlerts(CaseManagement cases, Staffing staffing, GridDirectory directory, Messages messages,
			Catalogue catalogue) {
		this.catalogue = catalogue;
		this.cases = cases;
		this.staffing = staffing;
		this.directory = directory;
		this.messages = messages;
	}

	/**
	 * A task was created for a group (a role at a place); its holders are told.
	 * @param due the task's deadline, if it has one
	 */
	public void taskCreated(String taskId, String taskName, String group, CaseId caseId, Instant due) {
		CaseView view = this.cases.findCase(caseId).orElse(null);
		if (view == null) {
			return;
		}
		boolean emergency = EmergencyPolicy.isEmergency(NotificationKind.TASK_CREATED, view, null, false);
		tell(NotificationKind.TASK_CREATED, group, "task:" + taskId, () -> {
			Map<String, String> variables = wording(view);
			variables.put("taskName", taskName == null ? "" : taskName);
			if (due != null) {
				variables.put("deadline", CaseWording.deadline(due));
			}
			return variables;
		}, view, emergency);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(CaseLightTurned event) {
		if (event.to() == Light.GREEN) {
			return;
		}
		NotificationKind kind = event.to() == Light.RED ? NotificationKind.LIGHT_RED : NotificationKind.LIGHT_YELLOW;
		CaseView view = this.cases.findCase(event.caseId()).orElseThrow();
		if (view.responsibleGroup() == null) {
			return;
		}
		tell(kind, view.responsibleGroup(), "light:" + event.caseId() + ":" + event.to(), () -> wording(view), view,
				EmergencyPolicy.isEmergency(kind, view, null, false));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(CaseEscalated event) {
		CaseView view = this.cases.findCase(event.caseId()).orElseThrow();
		if (view.responsibleGroup() == null) {
			return;
		}
		tell(NotificationKind.CASE_ESCALATED, view.responsibleGroup(),
				"escalated:" + event.caseId() + ":" + view.escalations().size(), () -> {
					Map<String, String> variables = wording(view);
					variables.put("fromLevelLabel", event.fromLevel().label());
					variables.put("toLevelLabel", event.toLevel().label());
					return variables;
				}, view, EmergencyPolicy.isEmergency(NotificationKind.CASE_ESCALATED, view, event.toLevel(), false));
	}

	/** The hook for warnings: whoever raises one publishes {@link WarningRaised} in its transaction. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(WarningRaised event) {
		String placeName = this.directory.find(event.placeCode()).map(GridView::name).orElse(event.placeCode());
		Map<String, String> variables = new java.util.HashMap<>(Map.of("warningLevel", event.level(), "warningTitle",
				event.title(), "warningText", event.text() == null ? "" : event.text(), "placeName", placeName,
				"gridCode", event.placeCode()));
		boolean emergency = EmergencyPolicy.isEmergency(NotificationKind.WARNING_RAISED, null, null, event.urgent());
		for (String role : event.roles()) {
			Role held = Role.valueOf(role);
			if (!held.isDepartmental()) {
				tell(NotificationKind.WARNING_RAISED, RoleAtPlace.of(held, event.placeCode()).groupId(),
						"warning:" + event.warningId(), () -> variables, null, emergency);
			}
		}
	}

	private Map<String, String> wording(CaseView view) {
		return CaseWording.of(view, this.catalogue.issueTypeName(view.issueType()));
	}

	/** Tells the holders of a group; the message's variables are composed only if one of them can be reached. */
	private void tell(NotificationKind kind, String group, String event, Supplier<Map<String, String>> variables,
			CaseView view, boolean emergency) {
		List<String> holders = RoleAtPlace.parse(group)
			.map(this.staffing::holders)
			.orElse(List.of())
			.stream()
			.map(Holder::username)
			.toList();
		this.messages.toStaff(kind, holders, event, variables, view == null ? null : view.id().value(), emergency);
	}

}
