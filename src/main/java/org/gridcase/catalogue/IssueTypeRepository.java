package org.gridcase.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssueTypeRepository extends JpaRepository<IssueType, String> {

	List<IssueType> findAllByOrderByCode();

}
