package org.gridcase.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.gridcase.catalogue.Catalogue;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseView;
import org.gridcase.intake.ReporterContacts.ReporterContact;
import org.gridcase.shared.UserTexts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction visit (回访) a reporter answers from the link in their message, without
 * logging in: one random token per report, kept only as its SHA-256, usable once before it
 * expires and while the case waits for its evaluation.
 */
@Service
@Transactional
public class SatisfactionVisits {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final CaseManagement cases;

	private final CitizenEvaluation evaluation;

	private final ApplicationEventPublisher events;

	private final NotifyProperties properties;

	private final Clock clock;

	private final Catalogue catalogue;

	SatisfactionVisits(JdbcClient jdbc, CaseManagement cases, CitizenEvaluation evaluation,
			ApplicationEventPublisher events, NotifyProperties properties, Catalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.cases = cases;
		this.evaluation = evaluation;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** A new link for the reporter (none if their report already has one). */
	Optional<String> invite(CaseId caseId, ReporterContact reporter) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = this.clock.instant();
		int inserted = this.jdbc.sql("""
				insert into satisfaction_token (token_hash, case_id, report_id, tracking_number, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?) on conflict (report_id) do nothing""")
			.params(hash(token), caseId.value(), reporter.reportId(), reporter.trackingNumber(), Timestamp.from(now),
					Timestamp.from(now.plus(this.properties.visitLinkValidity())))
			.update();
		return inserted == 1 ? Optional.of(this.properties.publicBaseUrl() + "/visit/" + token) : Optional.empty();
	}

	long validDays() {
		return Math.max(1, this.properties.visitLinkValidity().toDays());
	}

	/** What the link leads to now. */
	@Transactional(readOnly = true)
	public Visit find(String token) {
		return this.jdbc.sql("select * from satisfaction_token where token_hash = ?")
			.param(hash(token))
			.query((rs, row) -> {
				UUID caseId = rs.getObject("case_id", UUID.class);
				String tracking = rs.getString("tracking_number");
				if (rs.getTimestamp("used_at") != null) {
					return new Visit(VisitState.USED, tracking, null, caseId);
				}
				if (rs.getTimestamp("expires_at").toInstant().isBefore(this.clock.instant())) {
					return new Visit(VisitState.EXPIRED, tracking, null, caseId);
				}
				CaseView view = this.cases.findCase(new CaseId(caseId)).orElseThrow();
				if (!this.evaluation.isAwaitingEvaluation(view.processBusinessKey())) {
					return new Visit(VisitState.CLOSED, tracking, null, caseId);
				}
				return new Visit(VisitState.OPEN, tracking, this.catalogue.issueTypeName(view.issueType()), caseId);
			})
			.optional()
			.orElse(new Visit(VisitState.UNKNOWN, null, null, null));
	}

	/**
	 * Records the answer in the case's evaluation and uses the link up.
	 * @return the state of the link before the answer: only an OPEN one takes it
	 */
	public VisitState answer(String token, Satisfaction satisfaction, String comment) {
		Visit visit = find(token);
		if (visit.state() != VisitState.OPEN) {
			return visit.state();
		}
		int used = this.jdbc.sql("""
				update satisfaction_token set used_at = ?, satisfaction = ?, comment = ?
				where token_hash = ? and used_at is null""")
			.params(Timestamp.from(this.clock.instant()), satisfaction.name(), comment, hash(token))
			.update();
		if (used == 0) {
			return VisitState.USED;
		}
		CaseId caseId = new CaseId(visit.caseId());
		String businessKey = this.cases.findCase(caseId).orElseThrow().processBusinessKey();
		String note = comment == null || comment.isBlank()
				? UserTexts.get("notify.visit.evaluation-note", visit.trackingNumber(), satisfaction.label())
				: UserTexts.get("notify.visit.evaluation-note-with-comment", visit.trackingNumber(),
						satisfaction.label(), comment.strip());
		this.evaluation.record(businessKey, satisfaction, note);
		this.events.publishEvent(new SatisfactionAnswered(caseId, visit.trackingNumber(), satisfaction));
		return VisitState.OPEN;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Where a link stands. */
	public enum VisitState {
		OPEN, USED, EXPIRED, CLOSED, UNKNOWN
	}

	/**
	 * A link's state, with what the page may show (the reporter's own tracking number and the issue type).
	 */
	public record Visit(VisitState state, String trackingNumber, String issueTypeLabel, UUID caseId) {
	}

}
