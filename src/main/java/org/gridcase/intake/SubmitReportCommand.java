package org.gridcase.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridcase.cases.Severity;
import org.gridcase.shared.CodePoints;

/**
 * A report from any channel. Where: a WGS84 point and/or a grid code (an address alone does not
 * place it in a grid).
 *
 * @param subcategory code of the digital-urban-management category, e.g. {@code 01-01} (暴露垃圾)
 * @param reporter who reports, or null for an anonymous report where the channel allows it
 */
public record SubmitReportCommand(@NotNull Channel channel, @NotBlank String subcategory, Severity severity,
		@NotBlank @CodePoints(min = 4, max = 2000) String description, @CodePoints(max = 300) String address,
		@DecimalMin("-180") @DecimalMax("180") Double lon, @DecimalMin("-90") @DecimalMax("90") Double lat,
		@Pattern(regexp = "[0-9]{15}", message = "must be the 15-digit code of a grid") String gridCode,
		@Valid Reporter reporter) {

	/**
	 * Who reports; never shown publicly. The phone (SMS) and e-mail address are where they hear
	 * back about their case.
	 */
	public record Reporter(@NotBlank @CodePoints(max = 64) String name,
			@Pattern(regexp = "[0-9+\\- ]{5,32}", message = "must be a phone number") String phone,
			@Email(message = "must be an e-mail address") @Size(max = 254) String email) {

		public Reporter(String name, String phone) {
			this(name, phone, null);
		}

	}

}
