package org.gridcase.cases;

import java.util.List;

/**
 * One page of the case list. Matching cases are not counted (at a million cases a count costs
 * more than the page): {@code hasNext} says whether another page follows, and
 * {@code totalElements} is known, and given, only on the last page (on the others it is
 * {@code null}: "more than this page").
 */
public record CasePage(List<CaseSummary> content, int page, int size, boolean hasNext, Long totalElements) {

	/** From the rows read for a page: up to {@code size + 1}, the last one only a sign of the next page. */
	static CasePage of(List<CaseSummary> rows, int page, int size) {
		boolean hasNext = rows.size() > size;
		List<CaseSummary> content = hasNext ? rows.subList(0, size) : rows;
		return new CasePage(content, page, size, hasNext,
				hasNext || (content.isEmpty() && page > 0) ? null : (long) page * size + content.size());
	}

}
