package org.gridcase.supervision;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.gridcase.cases.CaseDispatchedToDepartment;
import org.gridcase.cases.CaseEscalated;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseOpened;
import org.gridcase.cases.CaseReportsCounted;
import org.gridcase.cases.CaseStep;
import org.gridcase.cases.CaseStepEntered;
import org.gridcase.cases.CaseTimeLimitSet;
import org.gridcase.cases.CaseTurnedRed;
import org.gridcase.cases.ReworkCounted;
import org.gridcase.shared.District;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code supervision_case_fact}, the figures' per-case facts, in step with the cases: every
 * case event that can alter a figure marks its case ({@link #STEPS_ALTERING_FACTS} of the step
 * entries), and just before the transaction that changed
 * the case commits, the facts of the marked cases are written once from the case tables by the
 * database function {@code supervision_refresh_case_facts} (V33: the one definition of a case's
 * facts, which the migration's backfill used too). The facts commit or roll back with the change.
 */
@Component
class CaseFacts {

	/**
	 * The steps whose entry can alter a case's facts: the facts read the step only when it ends the
	 * case (outcome, end, handling minutes) and the step log only for when {@code REGISTER} was left
	 * (registered at), which the case loop leaves for {@code HANDLE} or by ending. Entering any
	 * other step changes no figure, so the function is not run for it (issue 13: it ran on every
	 * task completed).
	 */
	static final Set<CaseStep> STEPS_ALTERING_FACTS = EnumSet.of(CaseStep.HANDLE, CaseStep.CLOSED, CaseStep.REJECTED);

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	CaseFacts(JdbcTemplate jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	@EventListener
	void on(CaseOpened event) {
		changed(event.caseId());
	}

	@EventListener
	void on(CaseStepEntered event) {
		if (STEPS_ALTERING_FACTS.contains(event.step())) {
			changed(event.caseId());
		}
	}

	@EventListener
	void on(CaseTimeLimitSet event) {
		changed(event.caseId());
	}

	@EventListener
	void on(CaseEscalated event) {
		changed(event.caseId());
	}

	@EventListener
	void on(CaseDispatchedToDepartment event) {
		changed(event.caseId());
	}

	@EventListener
	void on(ReworkCounted event) {
		changed(event.caseId());
	}

	@EventListener
	void on(CaseTurnedRed event) {
		changed(event.caseId());
	}

	@EventListener
	void on(CaseReportsCounted event) {
		changed(event.caseId());
	}

	/** Writes the facts of these cases from the case tables now (cases recorded without events). */
	void refresh(Collection<UUID> caseIds) {
		this.jdbc.query("select supervision_refresh_case_facts(?::uuid[], ?)", row -> {
		}, caseIds.stream().map(UUID::toString).toArray(String[]::new), District.ZONE.getId());
	}

	/**
	 * Writes the facts of the closed cases without handling minutes, and of those that ended
	 * since an instant ({@code null}: none), by the working calendar as it is now.
	 */
	void refreshHandlingMinutes(Timestamp endedSince) {
		this.jdbc.query("select supervision_refresh_case_facts(array(select case_id from supervision_case_fact"
				+ " where outcome = 'CLOSED' and (handling_minutes is null or ended_at >= ?)), ?)", row -> {
				}, endedSince, District.ZONE.getId());
	}

	private void changed(CaseId caseId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			refresh(Set.of(caseId.value()));
			return;
		}
		ChangedCases changed = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(ChangedCases.class::isInstance)
			.map(ChangedCases.class::cast)
			.findFirst()
			.orElseGet(() -> {
				ChangedCases marked = new ChangedCases();
				TransactionSynchronizationManager.registerSynchronization(marked);
				return marked;
			});
		changed.caseIds.add(caseId.value());
	}

	/** The cases a transaction changed; their facts are written just before it commits. */
	private final class ChangedCases implements TransactionSynchronization {

		private final Set<UUID> caseIds = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			// the case records' changes are still in the persistence context: the function reads the tables
			CaseFacts.this.entityManager.flush();
			refresh(this.caseIds);
		}

	}

}
