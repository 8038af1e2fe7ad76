package org.gridcase.grid;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

	List<RoleAssignment> findByPerson(Person person);

	/** Assignments of the same role at the same place (and department) whose validity overlaps. */
	@Query("""
			select count(a) > 0 from RoleAssignment a
			where a.person = :person and a.role = :role and a.grid = :grid
			  and ((:department is null and a.department is null) or a.department = :department)
			  and (a.validTo is null or a.validTo > :validFrom)
			  and (cast(:validTo as LocalDate) is null or a.validFrom < :validTo)
			""")
	boolean existsOverlapping(Person person, Role role, Grid grid, Department department, LocalDate validFrom,
			LocalDate validTo);

}
