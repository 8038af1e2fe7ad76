package org.gridcase.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Open311ClientKeyRepository extends JpaRepository<Open311ClientKey, UUID> {

	Optional<Open311ClientKey> findByKeyHash(String keyHash);

	boolean existsByName(String name);

	List<Open311ClientKey> findAllByOrderByCreatedAtDesc();

}
