package org.gridcase.patrol;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A report filed on a patrol, by its tracking number. */
@Embeddable
record Finding(String trackingNumber, @Column(name = "linked_at") Instant at) {
}
