package org.gridcase.intake;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, UUID> {

	Optional<Report> findByTrackingNumber(String trackingNumber);

	Optional<Report> findBySubmittedByAndIdempotencyKey(String submittedBy, String idempotencyKey);

	boolean existsByTrackingNumber(String trackingNumber);

	java.util.List<Report> findByCaseIdAndAnonymousFalseOrderBySubmittedAt(UUID caseId);

}
