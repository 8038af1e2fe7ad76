package org.gridcase.catalogue;

import org.gridcase.cases.IssueTypes;

import org.springframework.stereotype.Component;

/** Cases are opened for the catalogue's active issue types. */
@Component
class CatalogueIssueTypes implements IssueTypes {

	private final Catalogue catalogue;

	CatalogueIssueTypes(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public boolean takesCases(String issueType) {
		return this.catalogue.issueType(issueType).map(IssueTypeView::active).orElse(false);
	}

}
