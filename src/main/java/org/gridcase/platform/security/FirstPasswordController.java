package org.gridcase.platform.security;

import org.gridcase.shared.UserTexts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gridcase.identity.FirstPasswords;
import org.gridcase.shared.InvalidInputException;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Without Keycloak: where a user with a first password chooses their own ({@link FirstPasswordGate}
 * sends them here), then goes on to the page they wanted.
 */
@Controller
@Profile("!keycloak")
class FirstPasswordController {

	private final FirstPasswords firstPasswords;

	private final VerifiedLogins verifiedLogins;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	FirstPasswordController(FirstPasswords firstPasswords, VerifiedLogins verifiedLogins) {
		this.firstPasswords = firstPasswords;
		this.verifiedLogins = verifiedLogins;
	}

	@GetMapping(FirstPasswordGate.PAGE)
	String form(Authentication authentication, Model model) {
		model.addAttribute("product", UserTexts.get(LoginPageController.PRODUCT_KEY));
		model.addAttribute("username", authentication.getName());
		return "first-password";
	}

	@PostMapping(FirstPasswordGate.PAGE)
	String change(Authentication authentication, @RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			if (newPassword != null && !newPassword.equals(confirmPassword)) {
				throw new InvalidInputException("confirmPassword", UserTexts.get("password.confirmation-differs"));
			}
			this.firstPasswords.replace(authentication.getName(), currentPassword, newPassword);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getProblems().get(0).message());
			return form(authentication, model);
		}
		// HTTP Basic with the first password is refused from now on (on other nodes within their window)
		this.verifiedLogins.forget(authentication.getName());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
				authentication.getAuthorities()
					.stream()
					.filter(authority -> !authority.equals(FirstPasswordGate.AUTHORITY))
					.toList()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		SavedRequest wanted = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		return "redirect:" + (wanted != null ? wanted.getRedirectUrl() : BasicSecurityConfiguration.AFTER_LOGIN);
	}

}
