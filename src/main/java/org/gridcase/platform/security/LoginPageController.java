package org.gridcase.platform.security;

import org.gridcase.shared.UserTexts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Without Keycloak: our login page, in Chinese, with the product's and the district's name and
 * why the user is here (wrong password, too many attempts, logged out, session expired).
 */
@Controller
@Profile("!keycloak")
class LoginPageController {

	static final String PRODUCT_KEY = "login.product";

	private final GridDirectory directory;

	LoginPageController(GridDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("product", UserTexts.get(PRODUCT_KEY));
		model.addAttribute("district", this.directory.district().map(GridView::name).orElse(""));
		if (request.getParameter("locked") != null) {
			// LoginAttemptLimit sent the browser here instead of answering its login with 429
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("error", UserTexts.get("login.locked-for", String.valueOf(seconds(request.getParameter("locked")))));
		}
		else if (request.getParameter("error") != null) {
			model.addAttribute("error", failure(request.getSession(false)));
		}
		else if (request.getParameter("expired") != null) {
			model.addAttribute("notice", UserTexts.get("login.expired"));
		}
		else if (request.getParameter("logout") != null) {
			model.addAttribute("notice", UserTexts.get("login.logged-out"));
		}
		else if (request.getParameter("changed") != null) {
			model.addAttribute("notice", UserTexts.get("login.password-changed"));
		}
		return "login";
	}

	private static String failure(HttpSession session) {
		Object exception = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (exception instanceof LockedException) {
			return UserTexts.get("login.account-locked");
		}
		if (exception instanceof DisabledException) {
			return UserTexts.get("login.account-disabled");
		}
		if (exception == null || exception instanceof BadCredentialsException) {
			return UserTexts.get("login.bad-credentials");
		}
		return UserTexts.get("login.failed");
	}

	private static long seconds(String value) {
		try {
			return Math.max(1, Long.parseLong(value));
		}
		catch (NumberFormatException ex) {
			return 60;
		}
	}

}
