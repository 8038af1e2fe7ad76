package org.gridcase.intake;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.gridcase.cases.CaseStep;
import org.gridcase.cases.CaseView;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.gridcase.grid.Role;
import org.gridcase.intake.Open311Documents.Request;
import org.gridcase.intake.Open311Documents.RequestUpdate;
import org.gridcase.shared.District;
import org.gridcase.shared.UserTexts;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports filed through Open311, as Open311 reads them: the reporter's own description,
 * point and address, the status and a public note, who handles it now (a role and a place,
 * never a person), the case's time limit, and the public updates of FixMyStreet's
 * {@code servicerequestupdates}: registered, rejected (with the reason), handled, closed.
 * Nothing about the reporter leaves here.
 */
@Service
class Open311Requests {

	/** The most requests one query answers (newest first). */
	static final int MAX_RESULTS = 1000;

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME
		.withZone(District.ZONE);

	/** The steps a reporter hears of through updates. */
	private static final Set<CaseStep> MILESTONES = Set.of(CaseStep.HANDLE, CaseStep.FEEDBACK, CaseStep.CLOSED,
			CaseStep.REJECTED);

	private final Open311RequestRepository requests;

	private final ReportIntake intake;

	private final GridDirectory grids;

	private final EntityManager entityManager;

	Open311Requests(Open311RequestRepository requests, ReportIntake intake, GridDirectory grids,
			EntityManager entityManager) {
		this.requests = requests;
		this.entityManager = entityManager;
		this.intake = intake;
		this.grids = grids;
	}

	/**
	 * Keeps what Open311 sent beyond a report just filed, in the report's transaction (a replayed
	 * submit keeps the first: {@link ReportIntake} does not ask again).
	 */
	@Transactional
	void keep(String trackingNumber, UUID clientKeyId, String mediaUrl, String email, Map<String, String> attributes,
			Instant at) {
		// persisted, not saved: the repository would merge a request with an id of its own, reading it first
		this.entityManager.persist(new Open311Request(trackingNumber, clientKeyId, mediaUrl, email, attributes, at));
	}

	/** A request filed through Open311 in the jurisdiction (a place code prefix, "" for all). */
	@Transactional(readOnly = true)
	Optional<Request> find(String trackingNumber, String jurisdiction) {
		return this.requests.findById(trackingNumber).flatMap(request -> read(request, jurisdiction));
	}

	@Transactional(readOnly = true)
	List<Request> findAll(Collection<String> trackingNumbers, String jurisdiction) {
		return this.requests.findAllById(trackingNumbers)
			.stream()
			.map(request -> read(request, jurisdiction))
			.flatMap(Optional::stream)
			.toList();
	}

	/** Requests filed in [from, to], newest first, of the given services and statuses (empty: all). */
	@Transactional(readOnly = true)
	List<Request> search(Instant from, Instant to, Set<String> serviceCodes, Set<String> statuses,
			String jurisdiction) {
		return this.requests.findBySubmittedAtBetweenOrderBySubmittedAtDesc(from, to, Limit.of(MAX_RESULTS))
			.stream()
			.map(request -> read(request, jurisdiction))
			.flatMap(Optional::stream)
			.filter(request -> serviceCodes.isEmpty() || serviceCodes.contains(request.serviceCode()))
			.filter(request -> statuses.isEmpty() || statuses.contains(request.status()))
			.toList();
	}

	/** The public updates in [from, to], oldest first; of one key's requests, or of all if {@code clientKeyId} is null. */
	@Transactional(readOnly = true)
	List<RequestUpdate> updates(Instant from, Instant to, String jurisdiction, UUID clientKeyId) {
		List<Open311Request> changed = clientKeyId == null
				? this.requests.findByUpdatedAtGreaterThanEqualAndSubmittedAtLessThanEqual(from, to)
				: this.requests.findByUpdatedAtGreaterThanEqualAndSubmittedAtLessThanEqualAndClientKeyId(from, to,
						clientKeyId);
		List<RequestUpdate> updates = new ArrayList<>();
		for (Open311Request request : changed) {
			this.intake.track(request.getTrackingNumber())
				.filter(tracked -> tracked.gridCode().startsWith(jurisdiction))
				.ifPresent(tracked -> updates.addAll(updatesOf(tracked, request, from, to)));
		}
		// stable: updates of one request within the same second keep the order of their steps
		updates.sort(Comparator.comparing(RequestUpdate::updatedDatetime));
		return updates;
	}

	private List<RequestUpdate> updatesOf(TrackedReport tracked, Open311Request request, Instant from, Instant to) {
		List<RequestUpdate> updates = new ArrayList<>();
		CaseView view = tracked.caseView();
		int handling = 0;
		for (CaseView.StepEntered entry : stepsOf(view)) {
			if (!MILESTONES.contains(entry.step()) || entry.at().isBefore(tracked.submittedAt())) {
				continue;
			}
			handling += entry.step() == CaseStep.HANDLE ? 1 : 0;
			if (entry.at().isBefore(from) || entry.at().isAfter(to)) {
				continue;
			}
			String note = entry.step() == CaseStep.HANDLE && handling > 1 ? UserTexts.get("open311.update.rework")
					: entry.step() == CaseStep.REJECTED ? rejection(view) : note(entry.step());
			updates.add(new RequestUpdate(tracked.trackingNumber() + "-" + entry.step().name().toLowerCase() + "-"
					+ entry.at().toEpochMilli(), tracked.trackingNumber(), statusAfter(entry.step()), time(entry.at()),
					note, request.getMediaUrl(), entry.step().name()));
		}
		return updates;
	}

	private Optional<Request> read(Open311Request request, String jurisdiction) {
		return this.intake.track(request.getTrackingNumber())
			.filter(tracked -> tracked.gridCode().startsWith(jurisdiction))
			.map(tracked -> document(tracked, request));
	}

	private Request document(TrackedReport tracked, Open311Request request) {
		CaseView view = tracked.caseView();
		Instant updated = stepsOf(view).stream()
			.map(CaseView.StepEntered::at)
			.filter(at -> !at.isBefore(tracked.submittedAt()))
			.max(Comparator.naturalOrder())
			.orElse(tracked.submittedAt());
		String notes = view.step() == CaseStep.REJECTED ? rejection(view) : note(view.step());
		return new Request(tracked.trackingNumber(), view.isOpen() ? "open" : "closed", notes,
				tracked.subcategory().name(), tracked.subcategory().code(), tracked.description(),
				view.isOpen() ? agency(view.responsibleGroup()) : null, null, time(tracked.submittedAt()),
				time(updated), time(view.caseDueAt()), tracked.address(), tracked.lat(), tracked.lon(),
				request.getMediaUrl());
	}

	/** "顺河社区第1网格 网格长": the role and the place holding the case, never a person. */
	private String agency(String group) {
		if (group == null) {
			return null;
		}
		String[] parts = group.split(":");
		try {
			Role role = Role.valueOf(parts[0]);
			String place = parts[parts.length - 1];
			return this.grids.find(place).map(GridView::name).orElse(place) + " " + role.label();
		}
		catch (IllegalArgumentException notARole) {
			return null;
		}
	}

	/** The steps entered, the end (closed or rejected, kept as the case's closing time) included. */
	private static List<CaseView.StepEntered> stepsOf(CaseView view) {
		if (view.isOpen()) {
			return view.stepsEntered();
		}
		List<CaseView.StepEntered> steps = new ArrayList<>(view.stepsEntered());
		steps.add(new CaseView.StepEntered(view.step(), view.closedAt()));
		return steps;
	}

	private static String rejection(CaseView view) {
		return view.rejectionReason() == null ? note(CaseStep.REJECTED)
				: UserTexts.get("open311.update.rejected-because", view.rejectionReason());
	}

	/** What a reporter reads of a step: as on the public status page. */
	private static String note(CaseStep step) {
		return UserTexts.get("public-status.step." + step.name());
	}

	private static String statusAfter(CaseStep step) {
		return step == CaseStep.CLOSED || step == CaseStep.REJECTED ? "closed" : "open";
	}

	/** W3C date-time in the district's offset, to the second (what every client parses). */
	static String time(Instant instant) {
		return instant == null ? null : W3C.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

}
