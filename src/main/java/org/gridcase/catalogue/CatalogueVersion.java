package org.gridcase.catalogue;

import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import org.springframework.stereotype.Component;

/**
 * The number the database gives the catalogue's current state (a trigger renumbers it on every
 * change, see {@code V41__catalogue_version.sql}). Read by the caller's transaction, which first
 * flushes its own pending catalogue changes, and only those: a transaction sees the number of
 * what it changed itself.
 */
@Component
class CatalogueVersion {

	private static final String CURRENT = "select version from catalogue_version";

	private final EntityManager entityManager;

	CatalogueVersion(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	long current() {
		return ((Number) this.entityManager.createNativeQuery(CURRENT)
			.unwrap(NativeQuery.class)
			.addSynchronizedEntityClass(IssueType.class)
			.addSynchronizedEntityClass(Subcategory.class)
			.getSingleResult()).longValue();
	}

}
