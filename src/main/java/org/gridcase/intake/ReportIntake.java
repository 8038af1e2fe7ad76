package org.gridcase.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.gridcase.cases.CaseAttachments;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CasePhoto;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CaseRecord;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.GridView;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Takes reports from every channel: checks them, finds their grid, links a report of a problem
 * already open nearby to that case ({@link DuplicateReportPolicy}) or opens a case (and its
 * lifecycle process) in the same transaction with its photos, and gives a tracking number. A retried submit with
 * the same {@code Idempotency-Key} returns the first answer.
 */
@Service
@Validated
public class ReportIntake {

	private final ReportRepository reports;

	private final GridDirectory grids;

	private final CaseManagement cases;

	private final DuplicateReportPolicy duplicates;

	private final TrackingNumbers trackingNumbers;

	private final CaseAttachments attachments;

	private final Clock clock;

	ReportIntake(ReportRepository reports, GridDirectory grids, CaseManagement cases, DuplicateReportPolicy duplicates,
			TrackingNumbers trackingNumbers, CaseAttachments attachments, Clock clock) {
		this.attachments = attachments;
		this.reports = reports;
		this.grids = grids;
		this.cases = cases;
		this.duplicates = duplicates;
		this.trackingNumbers = trackingNumbers;
		this.clock = clock;
	}

	@Transactional
	public ReportReceipt submit(@Valid SubmitReportCommand command, String submittedBy, String idempotencyKey,
			List<CasePhoto> photos) {
		if (idempotencyKey != null) {
			Optional<Report> earlier = this.reports.findBySubmittedByAndIdempotencyKey(submittedBy, idempotencyKey);
			if (earlier.isPresent()) {
				return ReportReceipt.of(earlier.get());
			}
		}
		List<FieldProblem> problems = new ArrayList<>();
		Subcategory subcategory = Subcategory.ofCode(command.subcategory()).orElse(null);
		if (subcategory == null) {
			problems.add(new FieldProblem("subcategory", "未知的问题小类: " + command.subcategory()));
		}
		if (command.reporter() == null && !command.channel().allowsAnonymous()) {
			problems.add(new FieldProblem("reporter", command.channel().label() + "渠道须填写报告人"));
		}
		String gridCode = locate(command, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = this.clock.instant();
		Report report = new Report(this.trackingNumbers.next(now), command, subcategory, gridCode, idempotencyKey,
				submittedBy, now);
		this.duplicates.openCaseOfTheSameProblem(subcategory.issueType(), command.lon(), command.lat(), now)
			.ifPresentOrElse(open -> {
				this.cases.countReport(open);
				report.linkedTo(open);
			}, () -> report.openedAs(openCase(command, subcategory, gridCode)));
		Report saved = this.reports.save(report);
		if (!photos.isEmpty()) {
			this.attachments.attach(saved.getCaseId(), saved.getId(), photos, submittedBy);
		}
		return ReportReceipt.of(saved);
	}

	/**
	 * A dispatcher decides a linked report is a problem of its own: it opens its own case.
	 */
	@Transactional
	public ReportReceipt unlink(String trackingNumber) {
		Report report = this.reports.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new NotFoundException("No report " + trackingNumber));
		if (!report.isLinkedAsDuplicate()) {
			throw new InvalidInputException("trackingNumber", "该报告未被合并到其他案件");
		}
		this.cases.uncountReport(report.getCaseId());
		report.openedAs(this.cases.openCase(new OpenCaseCommand(report.getSubcategory().issueType(), null,
				report.getGridCode(), report.getDescription(), report.getAddress(), report.getLon(), report.getLat(),
				report.getChannel().name())));
		return ReportReceipt.of(report);
	}

	/** The case a tracking number leads to, with the report behind it. */
	@Transactional(readOnly = true)
	public Optional<TrackedReport> track(String trackingNumber) {
		return this.reports.findByTrackingNumber(trackingNumber)
			.flatMap(report -> this.cases.findCase(report.getCaseId())
				.map(record -> new TrackedReport(report.getTrackingNumber(), report.getSubcategory(),
						report.getChannel(), report.isAnonymous(), report.getAddress(), report.getSubmittedAt(),
						record)));
	}

	/** The grid case a tracking number's report belongs to, for access checks. */
	@Transactional(readOnly = true)
	public Optional<CaseRecord> caseOf(String trackingNumber) {
		return this.reports.findByTrackingNumber(trackingNumber).flatMap(report -> this.cases.findCase(report.getCaseId()));
	}

	private CaseId openCase(SubmitReportCommand command, Subcategory subcategory, String gridCode) {
		return this.cases.openCase(new OpenCaseCommand(subcategory.issueType(), command.severity(), gridCode,
				subcategory.label() + ": " + command.description(), command.address(), command.lon(), command.lat(),
				command.channel().name()));
	}

	private String locate(SubmitReportCommand command, List<FieldProblem> problems) {
		if ((command.lon() == null) != (command.lat() == null)) {
			problems.add(new FieldProblem(command.lon() == null ? "lon" : "lat", "经纬度须同时填写"));
			return null;
		}
		Optional<GridView> byPoint = command.lon() == null ? Optional.empty()
				: this.grids.locate(command.lon(), command.lat());
		if (command.lon() != null && byPoint.isEmpty()) {
			problems.add(new FieldProblem("lon", "该点位不在本区任何网格内"));
			return null;
		}
		if (command.gridCode() != null) {
			Optional<GridView> byCode = this.grids.find(command.gridCode());
			if (byCode.isEmpty() || byCode.get().level() != GridLevel.GRID) {
				problems.add(new FieldProblem("gridCode", "没有编码为 " + command.gridCode() + " 的网格"));
				return null;
			}
			if (byPoint.isPresent() && !byPoint.get().code().equals(command.gridCode())) {
				problems.add(new FieldProblem("gridCode", "点位位于网格 " + byPoint.get().code() + "，与所填网格不符"));
				return null;
			}
			return command.gridCode();
		}
		if (byPoint.isEmpty()) {
			problems.add(new FieldProblem("location", "须填写点位（经纬度）或网格编码"));
			return null;
		}
		return byPoint.get().code();
	}

}
