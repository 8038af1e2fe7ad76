package org.gridcase.cases;

import java.util.List;

/**
 * One page of the case list. Matching cases are counted up to {@link CaseList#COUNT_LIMIT}
 * and no further, so a page costs the same at 10,000 or 1,000,000 cases: past the limit
 * {@code totalCapped} is true and {@code totalElements}/{@code totalPages} are lower bounds
 * (a list shows "1000+", and offers the next page while {@code hasNext}).
 */
public record CasePage(List<CaseSummary> content, int page, int size, long totalElements, int totalPages,
		boolean totalCapped, boolean hasNext) {
}
