package org.gridcase.cases;

import java.util.List;

/**
 * One page of the case list.
 */
public record CasePage(List<CaseSummary> content, int page, int size, long totalElements, int totalPages) {
}
