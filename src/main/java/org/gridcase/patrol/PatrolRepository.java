package org.gridcase.patrol;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PatrolRepository extends JpaRepository<Patrol, Long> {

	@Query("select p from Patrol p where p.username = :username and p.endedAt is null")
	Optional<Patrol> findUnderWay(String username);

	List<Patrol> findByUsernameAndStartedAtGreaterThanEqualAndStartedAtLessThanOrderByStartedAt(String username,
			Instant from, Instant to);

	/** Finished patrols per grid of a subtree started in a time range: [gridCode, count]. */
	@Query("""
			select p.gridCode, count(p) from Patrol p
			where p.gridCode like concat(:placeCode, '%') and p.startedAt >= :from and p.startedAt < :to
			and p.endedAt is not null group by p.gridCode""")
	List<Object[]> countFinishedByGrid(String placeCode, Instant from, Instant to);

}
