package org.gridcase.grid;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GridRepository extends JpaRepository<Grid, Long> {

	Optional<Grid> findByCode(String code);

	@Query("select g from Grid g where g.code like concat(:code, '%') order by g.code")
	List<Grid> findSubtree(String code);

}
