package org.gridcase.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a page of ours needs to call the API with the browser's session: who is logged in and
 * the CSRF token its writes must carry.
 */
@RestController
class SessionController {

	@GetMapping("/api/session")
	SessionView session(Authentication user, CsrfToken csrf) {
		return new SessionView(user.getName(), new SessionView.Csrf(csrf.getHeaderName(), csrf.getToken()));
	}

	record SessionView(String username, Csrf csrf) {

		record Csrf(String header, String token) {
		}

	}

}
