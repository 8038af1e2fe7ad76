package org.gridcase.grid;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gridcase.shared.District;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.TransactionMemo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role where, now: the answer routing gives the engine. "Now" is the engine's
 * clock, so a test that moves the clock past an assignment's end sees the change.
 */
@Service
@Transactional(readOnly = true)
public class Staffing {

	/** What {@link #route} found, for {@link #holders} in the same transaction. */
	private static final String ROUTED_HOLDERS = "grid.routedHolders";

	private final StaffingQueries queries;

	private final GridDirectory directory;

	private final JdbcClient jdbc;

	private final Clock clock;

	Staffing(StaffingQueries queries, GridDirectory directory, JdbcClient jdbc, Clock clock) {
		this.queries = queries;
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The people holding exactly this role at this place today (no climbing). Routing a task to it
	 * in this transaction answers it without asking again: the task's alert goes to the holders its
	 * routing found.
	 */
	public List<Holder> holders(RoleAtPlace roleAtPlace) {
		return TransactionMemo.remembered(ROUTED_HOLDERS, roleAtPlace,
				() -> this.queries.holders(current(roleAtPlace), today()));
	}

	/**
	 * The role at place a task for {@code role} concerning the place {@code placeCode} goes to:
	 * for a role whose home is above the place's level, the ancestor at the role's level
	 * (e.g. STREET_CENTER above a grid), climbing the {@link RoutingPolicy} ladder while nobody
	 * holds it. A climb is recorded under {@code reference}.
	 * @throws IllegalStateException if nobody up to the district center can take it
	 */
	@Transactional
	public Routing route(Role role, String departmentCode, String placeCode, String reference) {
		List<GridView> placeAndAncestors = new ArrayList<>(placeAndAncestors(placeCode));
		java.util.Collections.reverse(placeAndAncestors);
		GridView place = placeAndAncestors.stream()
			.filter(candidate -> role.isDepartmental() || role.isHeldAt(candidate.level()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("role", role + " is not held at or above " + placeCode));
		List<GridView> ladderPlaces = placeAndAncestors.subList(placeAndAncestors.indexOf(place), placeAndAncestors.size());
		RoleAtPlace requested = new RoleAtPlace(role, departmentCode, place.code());
		List<RoleAtPlace> skipped = new ArrayList<>();
		for (RoleAtPlace candidate : RoutingPolicy.ladder(requested, ladderPlaces)) {
			List<Holder> holders = this.queries.holders(candidate, today());
			if (!holders.isEmpty()) {
				Routing routing = new Routing(requested, candidate, List.copyOf(skipped), holders);
				TransactionMemo.remember(ROUTED_HOLDERS, candidate, holders);
				if (routing.climbed() && reference != null) {
					recordClimb(routing, reference);
				}
				return routing;
			}
			skipped.add(candidate);
		}
		throw new IllegalStateException("Nobody holds " + requested + " nor any role above it: " + skipped);
	}

	/** The roles a person holds now, as engine groups. */
	public List<HeldRole> rolesOf(String username) {
		return this.queries.rolesOf(username, today());
	}

	/** Every place where somebody holds the role today. */
	public List<RoleAtPlace> placesHolding(Role role) {
		return this.queries.placesHolding(role, today());
	}

	/** The group a role at place stands for, if that place exists (under its current or a former code). */
	public Optional<String> describe(RoleAtPlace roleAtPlace) {
		String code = roleAtPlace.placeCode();
		return this.directory.find(code)
			.or(() -> this.queries.currentCodeOf(code).flatMap(this.directory::find))
			.map(place -> roleAtPlace.role().label() + " · " + place.name());
	}

	/** Climbs recorded under a reference, oldest first, as "requested → resolved (skipped: …)". */
	public List<String> climbsOf(String reference) {
		return this.jdbc.sql("select requested, resolved, skipped from routing_climb where reference = ? order by id")
			.param(reference)
			.query((rs, row) -> rs.getString("requested") + " → " + rs.getString("resolved") + " (skipped: "
					+ rs.getString("skipped") + ")")
			.list();
	}

	private void recordClimb(Routing routing, String reference) {
		this.jdbc.sql("""
				insert into routing_climb (reference, requested, resolved, skipped, climbed_at)
				values (?, ?, ?, ?, ?)""")
			.params(reference, routing.requested().groupId(), routing.resolved().groupId(),
					routing.skipped().stream().map(RoleAtPlace::groupId).collect(Collectors.joining(",")),
					Timestamp.from(this.clock.instant()))
			.update();
	}

	private RoleAtPlace current(RoleAtPlace roleAtPlace) {
		String code = currentCode(roleAtPlace.placeCode());
		return code.equals(roleAtPlace.placeCode()) ? roleAtPlace
				: new RoleAtPlace(roleAtPlace.role(), roleAtPlace.departmentCode(), code);
	}

	/**
	 * The place under its current code and its ancestors, from the district down: one query when
	 * the code is current (the usual case), else the place's current code is looked up first.
	 */
	private List<GridView> placeAndAncestors(String code) {
		List<GridView> found = GridLevel.ofCode(code).isPresent() ? this.directory.ancestors(code) : List.of();
		if (!found.isEmpty() && found.get(found.size() - 1).code().equals(code)) {
			return found;
		}
		return this.directory.ancestors(currentCode(code));
	}

	private String currentCode(String code) {
		if (this.directory.find(code).isPresent()) {
			return code;
		}
		return this.queries.currentCodeOf(code).orElseThrow(() -> new NotFoundException("No place has code " + code));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(District.ZONE));
	}

}
