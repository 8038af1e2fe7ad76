package org.gridcase.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<CaseRecord, UUID>, JpaSpecificationExecutor<CaseRecord> {

	boolean existsByTrackingNumber(String trackingNumber);

	java.util.Optional<CaseRecord> findByTrackingNumber(String trackingNumber);

	@Query("""
			select c from CaseRecord c
			where c.issueType = :issueType and c.closedAt is null and c.openedAt >= :since
			  and c.lon between :minLon and :maxLon and c.lat between :minLat and :maxLat
			order by c.openedAt desc
			""")
	List<CaseRecord> findOpenAround(String issueType, double minLon, double maxLon, double minLat, double maxLat,
			Instant since);

}
