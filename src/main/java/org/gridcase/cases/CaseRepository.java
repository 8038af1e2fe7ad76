package org.gridcase.cases;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<CaseRecord, UUID> {
}
