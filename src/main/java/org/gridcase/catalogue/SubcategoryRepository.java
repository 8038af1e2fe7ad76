package org.gridcase.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubcategoryRepository extends JpaRepository<Subcategory, String> {

	List<Subcategory> findAllByOrderByCode();

}
