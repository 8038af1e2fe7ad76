package org.gridcase.intake;

import java.util.UUID;

import org.gridcase.catalogue.Catalogue;
import org.gridcase.catalogue.SubcategoryView;

import org.springframework.stereotype.Component;

/**
 * Which process handles a case, as the catalogue says at the moment the case is registered: the
 * process of the subcategory of the report the case was opened for, else (a case opened without
 * a report, or one whose issue type was changed at registration) its issue type's. Called by the
 * case lifecycle's service task 确定处置流程 as {@code ${handlingProcesses.of(caseId, issueType)}}.
 */
@Component("handlingProcesses")
public class HandlingProcesses {

	private final ReportRepository reports;

	private final Catalogue catalogue;

	HandlingProcesses(ReportRepository reports, Catalogue catalogue) {
		this.reports = reports;
		this.catalogue = catalogue;
	}

	/** The key of the process definition that handles the case. */
	public String of(String caseId, String issueType) {
		return this.reports.findFirstByCaseIdAndLinkedAsDuplicateFalseOrderBySubmittedAt(UUID.fromString(caseId))
			.flatMap(report -> this.catalogue.subcategory(report.getSubcategory()))
			.filter(subcategory -> subcategory.issueType().equals(issueType))
			.map(SubcategoryView::handlingProcess)
			.orElseGet(() -> this.catalogue.handlingProcessOfIssueType(issueType));
	}

}
