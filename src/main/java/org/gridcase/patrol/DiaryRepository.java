package org.gridcase.patrol;

import org.springframework.data.jpa.repository.JpaRepository;

interface DiaryRepository extends JpaRepository<DiaryEntry, DiaryEntry.Key> {
}
