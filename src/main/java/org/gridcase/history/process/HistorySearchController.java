package org.gridcase.history.process;

import java.util.List;

import org.gridcase.history.process.HistorySearchFilter.Parameters;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Cockpit history plugin's search (src/main/frontend/cockpit-history): finished and running
 * process instances by tracking number, process, grid subtree, start and end days and state, a
 * page at a time with the total. Open to every logged-in user; what each finds is what the
 * engine's history authorizations let them read (auditors: everything; staff without history
 * permissions: nothing), as through the engine's REST API. Bad parameters answer 400 naming them.
 */
@RestController
class HistorySearchController {

	private final HistorySearch search;

	HistorySearchController(HistorySearch search) {
		this.search = search;
	}

	@GetMapping("/api/history/process-instances")
	HistoricInstancePage search(@RequestParam(required = false) String trackingNumber,
			@RequestParam(required = false) String processDefinitionKey, @RequestParam(required = false) String gridCode,
			@RequestParam(required = false) String startedAfter, @RequestParam(required = false) String startedBefore,
			@RequestParam(required = false) String finishedAfter, @RequestParam(required = false) String finishedBefore,
			@RequestParam(required = false) String state, @RequestParam(required = false) String firstResult,
			@RequestParam(required = false) String maxResults, Authentication user) {
		HistorySearchFilter filter = HistorySearchFilter.parse(new Parameters(trackingNumber, processDefinitionKey,
				gridCode, startedAfter, startedBefore, finishedAfter, finishedBefore, state, firstResult, maxResults));
		return this.search.find(filter, user.getName(), engineGroups(user));
	}

	/** The user's authorities are their engine groups (platform/security EngineGroupAuthorities). */
	private static List<String> engineGroups(Authentication user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
