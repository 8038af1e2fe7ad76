package org.gridcase.patrol;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the patroller's phone was, and when (accuracy in metres, if the phone said). */
@Embeddable
record TrackPoint(@Column(name = "recorded_at") Instant at, double lon, double lat, Double accuracy) {
}
