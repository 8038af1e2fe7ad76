package org.gridcase.audit.export;

import java.util.Optional;
import java.util.UUID;

import org.gridcase.cases.Caller;
import org.gridcase.cases.CaseAccessPolicy;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseView;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UserTexts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The case a trace is asked for, by id or by tracking number, if the caller may read it (the
 * same rule as reading the case: {@link CaseAccessPolicy#maySee}).
 */
@Component
class TracedCases {

	private final CaseManagement cases;

	private final CaseAccessPolicy access;

	TracedCases(CaseManagement cases, CaseAccessPolicy access) {
		this.cases = cases;
		this.access = access;
	}

	/**
	 * @throws NotFoundException if no case has that id or tracking number
	 * @throws AccessDeniedException if the caller may not read it
	 */
	CaseView find(String idOrTrackingNumber, Caller caller) {
		CaseView view = id(idOrTrackingNumber).flatMap(this.cases::findCase)
			.or(() -> this.cases.findCaseByTrackingNumber(idOrTrackingNumber))
			.orElseThrow(() -> new NotFoundException("No case " + idOrTrackingNumber));
		if (!this.access.maySee(caller, view)) {
			throw new AccessDeniedException(UserTexts.get("trace.export.not-allowed"));
		}
		return view;
	}

	private static Optional<CaseId> id(String value) {
		try {
			return Optional.of(new CaseId(UUID.fromString(value)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
