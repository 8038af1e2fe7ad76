package org.gridcase.intake;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, UUID> {

	Optional<Report> findByTrackingNumber(String trackingNumber);

	Optional<Report> findBySubmittedByAndIdempotencyKey(String submittedBy, String idempotencyKey);

	boolean existsByTrackingNumber(String trackingNumber);

	/** The report a case was opened for (the others were linked to it as duplicates). */
	Optional<Report> findFirstByCaseIdAndLinkedAsDuplicateFalseOrderBySubmittedAt(UUID caseId);

	java.util.List<Report> findByCaseIdAndAnonymousFalseOrderBySubmittedAt(UUID caseId);

}
