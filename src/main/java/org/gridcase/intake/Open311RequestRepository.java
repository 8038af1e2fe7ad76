package org.gridcase.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface Open311RequestRepository extends JpaRepository<Open311Request, String> {

	List<Open311Request> findBySubmittedAtBetweenOrderBySubmittedAtDesc(Instant from, Instant to, Limit limit);

	/** Requests whose case entered a step at or after {@code from} (and which existed by {@code to}). */
	List<Open311Request> findByUpdatedAtGreaterThanEqualAndSubmittedAtLessThanEqual(Instant from, Instant to);

	List<Open311Request> findByUpdatedAtGreaterThanEqualAndSubmittedAtLessThanEqualAndClientKeyId(Instant from,
			Instant to, UUID clientKeyId);

}
