package org.gridcase.audit.backfill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridcase.audit.AuditEventType;
import org.gridcase.audit.AuditTrail;
import org.gridcase.audit.backfill.process.EngineTaskHistory;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseView;
import org.gridcase.cases.EscalationCause;
import org.gridcase.intake.Channel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives cases that have no audit trail (their instances ran before the trail existed, migration
 * V12) one, derived from what still remembers them: the case record (opened, the steps entered
 * and the escalations with their times), the reports filed into it (who, when, which channel and
 * tracking number) and the
 * engine's history (who claimed, was given and completed each task, when, with the values of
 * the fields its form declares).
 * Each event is appended to the chain with its original time and actor and marked
 * {@code backfilled: true} with its {@code source}. Lights turned are not recoverable (the case
 * record keeps only the current one). A case that has any event is left alone, so running it again
 * adds nothing.
 */
@Service
public class AuditTrailBackfill {

	static final String CASE_RECORD = "CASE_RECORD";

	static final String ENGINE_HISTORY = "ENGINE_HISTORY";

	/** A step entered within this time of a task's completion was entered by whoever completed it. */
	private static final Duration SAME_ACT = Duration.ofSeconds(2);

	private final JdbcTemplate jdbc;

	private final CaseManagement cases;

	private final EngineTaskHistory engineHistory;

	private final AuditTrail trail;

	AuditTrailBackfill(JdbcTemplate jdbc, CaseManagement cases, EngineTaskHistory engineHistory, AuditTrail trail) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.engineHistory = engineHistory;
		this.trail = trail;
	}

	/**
	 * Runs the backfill unless it ran before (the marker row {@code audit_backfill}); taking the
	 * marker first makes a second node starting at the same time wait and then skip it.
	 * @return the number of events appended
	 */
	@Transactional
	public int runOnce() {
		if (this.jdbc.update("insert into audit_backfill (id, started_at) values (1, now()) on conflict do nothing") == 0) {
			return 0;
		}
		List<UUID> withoutTrail = casesWithoutTrail();
		int events = withoutTrail.stream().mapToInt(this::backfill).sum();
		this.jdbc.update("update audit_backfill set cases = ?, events = ? where id = 1", withoutTrail.size(), events);
		return events;
	}

	/** Backfills every case that has no audit event yet; answers the number of events appended. */
	@Transactional
	public int backfillCasesWithoutTrail() {
		return casesWithoutTrail().stream().mapToInt(this::backfill).sum();
	}

	/** Read-only look at the case module's table: which cases the trail has never heard of. */
	private List<UUID> casesWithoutTrail() {
		return this.jdbc.queryForList("select c.id from case_record c where not exists"
				+ " (select 1 from audit_event e where e.case_id = c.id) order by c.opened_at", UUID.class);
	}

	/** Read-only look at the intake's table: the reports filed into the case, who filed them and when. */
	private List<Map<String, Object>> reportsOf(UUID caseId) {
		return this.jdbc.queryForList("select id, tracking_number, channel, grid_code, linked_as_duplicate, submitted_by,"
				+ " submitted_at from report where case_id = ? order by submitted_at, tracking_number", caseId);
	}

	private int backfill(UUID caseId) {
		CaseView view = this.cases.findCase(new CaseId(caseId)).orElseThrow();
		List<RecordedEvent> fromEngine = this.engineHistory.taskEventsOf(view.processBusinessKey());
		List<Map<String, Object>> reports = reportsOf(caseId);
		String opener = reports.isEmpty()
				? this.engineHistory.startUserOf(view.processBusinessKey()).orElse(AuditTrail.SYSTEM)
				: (String) reports.get(0).get("submitted_by");
		List<RecordedEvent> events = new ArrayList<>();
		events.add(new RecordedEvent(AuditEventType.CASE_OPENED, opener, view.openedAt(), Map.of("issueType",
				view.issueType(), "severity", view.severity().name(), "gridCode", view.gridCode())));
		for (Map<String, Object> report : reports) {
			Channel channel = Channel.valueOf((String) report.get("channel"));
			String submitter = (String) report.get("submitted_by");
			Instant at = ((java.sql.Timestamp) report.get("submitted_at")).toInstant();
			boolean duplicate = (Boolean) report.get("linked_as_duplicate");
			events.add(new RecordedEvent(AuditEventType.REPORT_RECEIVED, submitter, at, Map.of("reportId",
					report.get("id").toString(), "trackingNumber", report.get("tracking_number"), "channel", channel.name(),
					"channelLabel", channel.label(), "gridCode", report.get("grid_code"), "linkedAsDuplicate", duplicate)));
			if (duplicate) {
				events.add(new RecordedEvent(AuditEventType.REPORT_LINKED, submitter, at,
						Map.of("trackingNumber", report.get("tracking_number"))));
			}
		}
		for (CaseView.StepEntered step : view.stepsEntered()) {
			events.add(new RecordedEvent(AuditEventType.STEP_ENTERED, completerAt(fromEngine, step.at()), step.at(),
					Map.of("step", step.step().name(), "stepLabel", step.step().label())));
		}
		for (CaseView.Escalation escalation : view.escalations()) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("fromLevel", escalation.fromLevel().name());
			data.put("fromLabel", escalation.fromLevel().label());
			data.put("toLevel", escalation.toLevel().name());
			data.put("toLabel", escalation.toLevel().label());
			data.put("cause", escalation.cause().name());
			data.put("skipped", escalation.skipped() == null ? "" : escalation.skipped());
			String actor = escalation.cause() == EscalationCause.TIMEOUT ? AuditTrail.SYSTEM
					: completerAt(fromEngine, escalation.at());
			events.add(new RecordedEvent(AuditEventType.CASE_ESCALATED, actor, escalation.at(), data));
		}
		List<RecordedEvent> ordered = new ArrayList<>(events.stream().map(event -> marked(event, CASE_RECORD)).toList());
		fromEngine.forEach(event -> ordered.add(marked(event, ENGINE_HISTORY)));
		ordered.sort(Comparator.comparing(RecordedEvent::at));
		ordered.forEach(event -> this.trail.appendAsRecorded(caseId, event.type(), event.actor(), event.at(), event.data()));
		return ordered.size();
	}

	/** Who completed a task at (about) that moment, else the system (a timer, a job). */
	private static String completerAt(List<RecordedEvent> engineEvents, Instant at) {
		return engineEvents.stream()
			.filter(event -> event.type() == AuditEventType.TASK_COMPLETED)
			.filter(event -> Duration.between(event.at(), at).abs().compareTo(SAME_ACT) <= 0)
			.map(RecordedEvent::actor)
			.findFirst()
			.orElse(AuditTrail.SYSTEM);
	}

	private static RecordedEvent marked(RecordedEvent event, String source) {
		Map<String, Object> data = new LinkedHashMap<>(event.data());
		data.put("backfilled", true);
		data.put("source", source);
		return new RecordedEvent(event.type(), event.actor(), event.at(), data);
	}

}
