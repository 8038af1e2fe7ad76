package org.gridcase.notify;

import org.gridcase.grid.StaffContacts;
import org.gridcase.notify.NotificationPreferences.PreferenceRequest;
import org.gridcase.notify.NotificationPreferences.PreferenceView;
import org.gridcase.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a member of staff is told: each person sets their own; administrators set anyone's.
 */
@RestController
@RequestMapping("/api")
class NotificationPreferenceController {

	private final NotificationPreferences preferences;

	private final StaffContacts staff;

	NotificationPreferenceController(NotificationPreferences preferences, StaffContacts staff) {
		this.preferences = preferences;
		this.staff = staff;
	}

	@GetMapping("/me/notification-preferences")
	PreferenceView mine(Authentication authentication) {
		return this.preferences.of(authentication.getName());
	}

	@PutMapping("/me/notification-preferences")
	PreferenceView saveMine(@RequestBody PreferenceRequest request, Authentication authentication) {
		return this.preferences.save(authentication.getName(), request, authentication.getName());
	}

	@GetMapping("/people/{username}/notification-preferences")
	@PreAuthorize("@administrators.include(authentication)")
	PreferenceView of(@PathVariable String username) {
		return this.preferences.of(existing(username));
	}

	@PutMapping("/people/{username}/notification-preferences")
	@PreAuthorize("@administrators.include(authentication)")
	PreferenceView save(@PathVariable String username, @RequestBody PreferenceRequest request,
			Authentication authentication) {
		return this.preferences.save(existing(username), request, authentication.getName());
	}

	private String existing(String username) {
		return this.staff.of(username).orElseThrow(() -> new NotFoundException("No person " + username)).username();
	}

}
