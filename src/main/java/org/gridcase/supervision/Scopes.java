package org.gridcase.supervision;

import org.gridcase.grid.HeldRole;
import org.gridcase.grid.Staffing;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UserTexts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns the scope parameters a client sent ({@code place}, {@code department}, {@code person})
 * into a {@link CaseScope} within the caller's {@link Reach}: 400 for a code nothing has, 403
 * for one outside the reach.
 */
@Component
class Scopes {

	private final Places places;

	private final Staffing staffing;

	Scopes(Places places, Staffing staffing) {
		this.places = places;
		this.staffing = staffing;
	}

	CaseScope resolve(Reach reach, String place, String department, String person) {
		if (present(department)) {
			Places.Department found = this.places.department(department.trim())
				.orElseThrow(() -> new InvalidInputException("department",
						UserTexts.get("supervision.scope.unknown-department", department)));
			if (!reach.department(found.code())) {
				throw denied();
			}
			return CaseScope.department(found.code(), found.name());
		}
		Places.Place within = present(place) || !present(person) ? place(reach, place) : null;
		Reach.Restriction restriction = within == null ? Reach.Restriction.NONE
				: reach.place(within.code()).orElseThrow(Scopes::denied);
		if (present(person)) {
			String username = person.trim();
			String name = this.places.personName(username)
				.orElseThrow(() -> new InvalidInputException("person", UserTexts.get("supervision.scope.unknown-person", username)));
			boolean mayRead = reach.wholeDistrict() || username.equals(reach.caller().username())
					|| this.staffing.rolesOf(username).stream().map(HeldRole::roleAtPlace)
						.anyMatch(held -> reach.place(held.placeCode()).isPresent());
			if (!mayRead) {
				throw denied();
			}
			String placeCode = within == null ? null : within.code();
			return CaseScope.person(username, name, placeCode, restriction.departmentCode());
		}
		return CaseScope.place(within.code(), within.name(), within.level(), restriction.departmentCode());
	}

	/** The place a client named, or the caller's widest place; 403 if outside the reach. */
	Places.Place place(Reach reach, String place) {
		String code = present(place) ? place.trim() : defaultPlace(reach);
		Places.Place found = this.places.place(code)
			.orElseThrow(() -> new InvalidInputException("place", UserTexts.get("supervision.scope.unknown-place", code)));
		if (reach.place(found.code()).isEmpty()) {
			throw denied();
		}
		return found;
	}

	private String defaultPlace(Reach reach) {
		if (reach.wholeDistrict() || reach.places().isEmpty()) {
			return this.places.district().map(Places.Place::code).orElseThrow();
		}
		return reach.places().get(0);
	}

	static AccessDeniedException denied() {
		return new AccessDeniedException(UserTexts.get("supervision.not-in-reach"));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
