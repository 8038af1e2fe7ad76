package org.gridcase.audit.export;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gridcase.audit.AuditActors;
import org.gridcase.audit.AuditChainVerifier;
import org.gridcase.audit.AuditEvent;
import org.gridcase.audit.AuditEventType;
import org.gridcase.audit.AuditTrail;
import org.gridcase.audit.TimelineEntries;
import org.gridcase.catalogue.Catalogue;
import org.gridcase.cases.CaseStep;
import org.gridcase.cases.CaseView;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.gridcase.intake.Channel;
import org.gridcase.shared.District;
import org.gridcase.shared.UserTexts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a case's trace together from its record, the grid organisation and its audit events
 * (read in one snapshot with the check of their links).
 */
@Service
class CaseTraces {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withZone(District.ZONE);

	private final AuditTrail trail;

	private final AuditChainVerifier verifier;

	private final TimelineEntries entries;

	private final GridDirectory grids;

	private final ActorNames names;

	private final AuditActors actors;

	private final Catalogue catalogue;

	private final Clock clock;

	CaseTraces(AuditTrail trail, AuditChainVerifier verifier, TimelineEntries entries, GridDirectory grids,
			ActorNames names, AuditActors actors, Catalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.trail = trail;
		this.verifier = verifier;
		this.entries = entries;
		this.grids = grids;
		this.names = names;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public CaseTrace of(CaseView view) {
		List<AuditEvent> events = this.trail.eventsOf(view.id().value());
		String reader = this.actors.current();
		Map<String, String> people = this.names
			.of(Stream.concat(events.stream().map(AuditEvent::actor), Stream.of(reader)).collect(Collectors.toSet()));
		List<CaseTrace.Event> lines = events.stream().map(event -> line(event, people)).toList();
		String readerName = people.get(reader);
		return new CaseTrace(summary(view), lines, this.verifier.verifyLinks(events), time(this.clock.instant()),
				readerName == null ? reader : readerName + "（" + reader + "）");
	}

	private CaseTrace.Event line(AuditEvent event, Map<String, String> people) {
		AuditEventType type = AuditEventType.valueOf(event.type());
		return new CaseTrace.Event(event.sequence(), time(event.occurredAt()), event.type(), type.label(), event.actor(),
				people.get(event.actor()), (String) event.data().get("actorRole"), type.describe(event.data()),
				this.entries.of(event).values(), event.hash());
	}

	private CaseTrace.Summary summary(CaseView view) {
		String gridPath = this.grids.ancestors(view.gridCode())
			.stream()
			.map(GridView::name)
			.collect(Collectors.joining(" / "));
		String status = view.step() == CaseStep.CLOSED || view.step() == CaseStep.REJECTED ? view.step().label()
				: UserTexts.get("trace.export.in-progress", view.step().label());
		return new CaseTrace.Summary(view.id().toString(), view.trackingNumber(), this.catalogue.issueTypeName(view.issueType()),
				view.description(), view.address(), view.gridCode(), gridPath, channel(view.channel()), status,
				view.level() == null ? null : view.level().label(), view.light() == null ? null : view.light().label(),
				view.reworkCount(), view.reportCount(), view.dispatchedDepartments(), time(view.openedAt()),
				view.closedAt() == null ? null : time(view.closedAt()));
	}

	private static String channel(String channel) {
		return Arrays.stream(Channel.values())
			.filter(known -> known.name().equals(channel))
			.map(Channel::label)
			.findFirst()
			.orElse(Objects.requireNonNullElse(channel, "—"));
	}

	static String time(Instant instant) {
		return TIME.format(instant);
	}

}
