package org.gridcase.grid;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridcase.shared.CodePoints;

/**
 * Registers a member of staff, or updates the one with this username. A person without a login
 * gets one, with {@code firstPassword} (generated if empty) to be changed at the first login.
 */
public record SavePersonCommand(
		@NotBlank @Pattern(regexp = "[a-z0-9]{2,64}", message = "must be 2 to 64 lower-case letters or digits (the engine's user id rule)") String username,
		@NotBlank @CodePoints(max = 64) String name,
		@Pattern(regexp = "[0-9+\\- ]{5,32}", message = "must be a phone number") String phone,
		@Email @CodePoints(max = 128) String email,
		@Size(min = 8, max = 64, message = "must be 8 to 64 characters") String firstPassword) {

	public SavePersonCommand(String username, String name, String phone, String email) {
		this(username, name, phone, email, null);
	}

}
