package org.gridcase.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import org.gridcase.deadlines.Light;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list: the columns a list shows (no step log or escalations per case), sorted by one
 * indexed column with the id as tie-breaker, read a page at a time, and counted only up to
 * {@link #COUNT_LIMIT} (see {@link CasePage}).
 */
@Component
class CaseList {

	/** How many matching cases a page counts at most. */
	static final int COUNT_LIMIT = 1000;

	private final EntityManager entityManager;

	private final CaseAccessPolicy access;

	CaseList(EntityManager entityManager, CaseAccessPolicy access) {
		this.entityManager = entityManager;
		this.access = access;
	}

	/** Cases matching the search among those the caller may see. */
	@Transactional(readOnly = true)
	CasePage page(CaseSearch search, Caller caller, int page, int size, Sort.Order order) {
		Specification<CaseRecord> matching = search.toSpecification().and(this.access.visibleTo(caller));
		List<CaseSummary> content = rows(matching, order, page * size, size + 1);
		boolean hasNext = content.size() > size;
		if (hasNext) {
			content = content.subList(0, size);
		}
		long total = !hasNext && (page == 0 || !content.isEmpty()) ? (long) page * size + content.size()
				: countUpToLimit(matching);
		boolean capped = total > COUNT_LIMIT;
		long shown = Math.max(capped ? COUNT_LIMIT : total, (long) page * size + content.size());
		return new CasePage(content, page, size, shown, (int) ((shown + size - 1) / size), capped, hasNext);
	}

	private List<CaseSummary> rows(Specification<CaseRecord> matching, Sort.Order order, int first, int max) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = builder.createTupleQuery();
		Root<CaseRecord> root = query.from(CaseRecord.class);
		query.multiselect(root.get("id"), root.get("issueType"), root.get("severity"), root.get("gridCode"),
				root.get("description"), root.get("step"), root.get("level"), root.get("light"),
				root.get("responsibleGroup"), root.get("stepDueAt"), root.get("caseDueAt"), root.get("reworkCount"),
				root.get("openedAt"), root.get("closedAt"));
		query.where(matching.toPredicate(root, query, builder));
		Path<Object> sorted = root.get(order.getProperty());
		Path<Object> id = root.get("id");
		query.orderBy(order.isAscending() ? List.of(builder.asc(sorted), builder.asc(id))
				: List.of(builder.desc(sorted), builder.desc(id)));
		return this.entityManager.createQuery(query)
			.setFirstResult(first)
			.setMaxResults(max)
			.getResultList()
			.stream()
			.map(CaseList::summary)
			.toList();
	}

	/** How many cases match, counting no further than one past the limit. */
	private long countUpToLimit(Specification<CaseRecord> matching) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<UUID> query = builder.createQuery(UUID.class);
		Root<CaseRecord> root = query.from(CaseRecord.class);
		query.select(root.get("id")).where(matching.toPredicate(root, query, builder));
		return this.entityManager.createQuery(query).setMaxResults(COUNT_LIMIT + 1).getResultList().size();
	}

	private static CaseSummary summary(Tuple row) {
		return new CaseSummary(row.get(0, UUID.class).toString(), row.get(1, String.class), row.get(2, Severity.class),
				row.get(3, String.class), row.get(4, String.class), row.get(5, CaseStep.class),
				row.get(6, HandlingLevel.class), row.get(7, Light.class), row.get(8, String.class),
				row.get(9, Instant.class), row.get(10, Instant.class), row.get(11, Integer.class),
				row.get(12, Instant.class), row.get(13, Instant.class));
	}

}
