package org.gridcase.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface WarningRepository extends ListCrudRepository<Warning, Long> {

	/** Warnings not lifted whose days include the day. */
	@Query("select w from Warning w where w.liftedAt is null and w.from <= ?1 and w.to >= ?1 order by w.level, w.placeCode")
	List<Warning> inForceOn(LocalDate day);

	/** Warnings not lifted whose last day is the day or later (those in force then or to come). */
	@Query("select w from Warning w where w.liftedAt is null and w.to >= ?1")
	List<Warning> notLiftedEndingFrom(LocalDate day);

	List<Warning> findAllByOrderBySetAtDesc();

}
