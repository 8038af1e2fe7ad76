package org.gridcase.intake;

import java.util.List;

import org.gridcase.cases.CaseId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the people who reported a case can be reached (for telling them what became of it):
 * every report of the case, duplicates included, that left a phone number or an e-mail address.
 */
@Service
@Transactional(readOnly = true)
public class ReporterContacts {

	private final ReportRepository reports;

	ReporterContacts(ReportRepository reports) {
		this.reports = reports;
	}

	public List<ReporterContact> of(CaseId caseId) {
		return this.reports.findByCaseIdAndAnonymousFalseOrderBySubmittedAt(caseId.value())
			.stream()
			.filter(report -> report.getReporterPhone() != null || report.getReporterEmail() != null)
			.map(report -> new ReporterContact(report.getId(), report.getTrackingNumber(), report.getReporterName(),
					report.getReporterPhone(), report.getReporterEmail()))
			.toList();
	}

	/**
	 * One reporter of a case, as they left it; personal data, never for public channels.
	 *
	 * @param trackingNumber the tracking number of their own report
	 */
	public record ReporterContact(java.util.UUID reportId, String trackingNumber, String name, String phone,
			String email) {
	}

}
