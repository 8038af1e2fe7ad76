package org.gridcase.patrol;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Points the phone took since it last sent some, oldest first. */
record TrackCommand(@NotEmpty @Size(max = 500) List<@Valid @NotNull Point> points) {

	/** A WGS84 position; {@code at} when it was taken (now if absent), accuracy in metres. */
	record Point(@NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
			@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat, @PositiveOrZero Double accuracy, Instant at) {
	}

}
