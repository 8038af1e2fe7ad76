package org.gridcase.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.gridcase.catalogue.Catalogue;
import org.gridcase.catalogue.SubcategoryView;
import org.gridcase.cases.Caller;
import org.gridcase.cases.CaseAccessPolicy;
import org.gridcase.cases.CaseAttachments;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.CasePhoto;
import org.gridcase.cases.CaseView;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.cases.Severity;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UnprocessableInputException;
import org.gridcase.shared.UserTexts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Takes reports from every channel: checks them, finds their grid ({@link ReportLocator}), checks that the caller may
 * file for it ({@link ReportFilingPolicy}), links a report of a problem already open nearby to
 * that case ({@link DuplicateReportPolicy}) or opens a case (and its lifecycle process) in the
 * same transaction with its photos, and gives a tracking number. Publishes {@link ReportReceived},
 * {@link ReportLinked} and {@link ReportUnlinked} in the transaction that made the change.
 * <p>
 * Safe under concurrency on any number of nodes: a submit with an {@code Idempotency-Key} holds
 * a database lock on the user's key, so that retries wait for the first and answer its receipt
 * (the same key with another report is refused with 422); the duplicate search holds locks on
 * the area it reads, so that identical reports arriving together open one case. A collision
 * with a concurrent change is retried in a fresh transaction ({@link ConflictRetry}).
 */
@Service
@Validated
public class ReportIntake {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** Longest idempotency key kept (the column's width). */
	static final int MAX_KEY_LENGTH = 128;

	private final ReportRepository reports;

	private final ReportLocator locator;

	private final CaseManagement cases;

	private final CaseAccessPolicy access;

	private final DuplicateReportPolicy duplicates;

	private final TrackingNumbers trackingNumbers;

	private final CaseAttachments attachments;

	private final IntakeLocks locks;

	private final IntakeQueue queue;

	private final ConflictRetry retry;

	private final ApplicationEventPublisher events;

	private final Catalogue catalogue;

	private final Clock clock;

	/** The checks before the intake's transaction, all reads in one. */
	private final TransactionTemplate checks;

	private final Validator validator;

	ReportIntake(ReportRepository reports, ReportLocator locator, CaseManagement cases, CaseAccessPolicy access,
			DuplicateReportPolicy duplicates, TrackingNumbers trackingNumbers, CaseAttachments attachments,
			IntakeLocks locks, IntakeQueue queue, ConflictRetry retry, ApplicationEventPublisher events, Catalogue catalogue,
			Clock clock, PlatformTransactionManager transactionManager, Validator validator) {
		this.validator = validator;
		this.checks = new TransactionTemplate(transactionManager);
		this.checks.setReadOnly(true);
		this.catalogue = catalogue;
		this.events = events;
		this.reports = reports;
		this.locator = locator;
		this.cases = cases;
		this.access = access;
		this.duplicates = duplicates;
		this.trackingNumbers = trackingNumbers;
		this.attachments = attachments;
		this.locks = locks;
		this.queue = queue;
		this.retry = retry;
		this.clock = clock;
	}

	/**
	 * Files a report. A submit with an idempotency key the caller used before answers the first
	 * receipt ({@link Submission#replayed()}) without filing again.
	 * @throws AccessDeniedException if the caller may not file for the report's grid by its channel
	 * @throws UnprocessableInputException if the key was used for another report
	 */
	public Submission submit(@Valid SubmitReportCommand command, Caller caller, String idempotencyKey,
			List<CasePhoto> photos) {
		return submit(command, caller, idempotencyKey, photos, receipt -> {
		});
	}

	/**
	 * Files a report, and keeps what the channel sent beyond it ({@code alongside}) in the same
	 * transaction: not again for a replayed submit.
	 */
	public Submission submit(@Valid SubmitReportCommand command, Caller caller, String idempotencyKey,
			List<CasePhoto> photos, Consumer<ReportReceipt> alongside) {
		return submit(command, () -> Filer.of(caller, command), idempotencyKey, photos, alongside);
	}

	/**
	 * Files a report for a caller found ({@code caller}, e.g. their roles read) in the same
	 * read-only transaction as the report's checks: one transaction before the intake's own, not
	 * one for each read (issue 13). A caller refused by {@code caller} (a read-only role) is told
	 * so before the report itself is checked.
	 * @throws ConstraintViolationException if the report breaks its constraints
	 */
	public Submission submit(SubmitReportCommand command, Supplier<Caller> caller, String idempotencyKey,
			List<CasePhoto> photos) {
		return submit(command, () -> {
			Filer filer = Filer.of(caller.get(), command);
			Set<ConstraintViolation<SubmitReportCommand>> violations = this.validator.validate(command);
			if (!violations.isEmpty()) {
				throw new ConstraintViolationException(violations);
			}
			return filer;
		}, idempotencyKey, photos, receipt -> {
		});
	}

	/**
	 * Files a report sent by a client system with an Open311 API key: on the key's channel, for
	 * the places the key serves (else {@link AccessDeniedException}).
	 */
	public Submission submit(@Valid SubmitReportCommand command, Open311Client client, String idempotencyKey,
			List<CasePhoto> photos, Consumer<ReportReceipt> alongside) {
		return submit(command, () -> new Filer(client.username(), gridCode -> ReportFilingPolicy.mayFile(client,
				gridCode, command.channel())), idempotencyKey, photos, alongside);
	}

	private Submission submit(SubmitReportCommand command, Supplier<Filer> filer, String idempotencyKey,
			List<CasePhoto> photos, Consumer<ReportReceipt> alongside) {
		Checked checked = this.checks.execute(status -> check(command, filer.get(), idempotencyKey));
		String submittedBy = checked.submittedBy();
		SubcategoryView subcategory = checked.subcategory();
		String gridCode = checked.gridCode();
		String requestHash = RequestHash.of(command, photos);
		return this.queue.inTurn(lockNames(command, subcategory, submittedBy, idempotencyKey),
				() -> this.retry.inTransaction(() -> {
					Submission submission = file(command, subcategory, gridCode, submittedBy, idempotencyKey, requestHash,
							photos);
					if (!submission.replayed()) {
						alongside.accept(submission.receipt());
					}
					return submission;
				}));
	}

	/**
	 * The report's checks (its subcategory, its grid, whether the filer may file for it), in one
	 * read-only transaction with finding the filer.
	 */
	private Checked check(SubmitReportCommand command, Filer filer, String idempotencyKey) {
		List<FieldProblem> problems = new ArrayList<>();
		SubcategoryView subcategory = this.catalogue.subcategory(command.subcategory()).orElse(null);
		if (subcategory == null) {
			problems.add(new FieldProblem("subcategory", UserTexts.get("report.unknown-subcategory", command.subcategory())));
		}
		else if (!subcategory.open()) {
			problems.add(new FieldProblem("subcategory", UserTexts.get("report.inactive-subcategory",
					subcategory.code(), subcategory.name())));
		}
		if (command.reporter() == null && !command.channel().allowsAnonymous()) {
			problems.add(new FieldProblem("reporter", UserTexts.get("report.reporter-required", command.channel().label())));
		}
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
			problems.add(new FieldProblem(IDEMPOTENCY_KEY, UserTexts.get("report.idempotency-key-length", String.valueOf(MAX_KEY_LENGTH))));
		}
		String gridCode = this.locator.locate(command, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!filer.mayFileFor().test(gridCode)) {
			throw new AccessDeniedException(UserTexts.get("report.filing-not-allowed", gridCode, command.channel().label()));
		}
		return new Checked(filer.username(), subcategory, gridCode);
	}

	/** Who files a report, and for which grids they may. */
	private record Filer(String username, Predicate<String> mayFileFor) {

		static Filer of(Caller caller, SubmitReportCommand command) {
			return new Filer(caller.username(), gridCode -> ReportFilingPolicy.mayFile(caller, gridCode, command.channel()));
		}

	}

	/** What the checks found: the filer's name, the report's subcategory and grid. */
	private record Checked(String submittedBy, SubcategoryView subcategory, String gridCode) {
	}

	/** What {@link #file} locks: the caller's idempotency key and the duplicate search's areas. */
	private List<String> lockNames(SubmitReportCommand command, SubcategoryView subcategory, String submittedBy,
			String idempotencyKey) {
		List<String> names = new ArrayList<>();
		if (idempotencyKey != null) {
			names.add(idempotencyLock(submittedBy, idempotencyKey));
		}
		if (command.lon() != null) {
			names.addAll(this.duplicates.areas(subcategory.issueType(), command.lon(), command.lat()));
		}
		return names;
	}

	private static String idempotencyLock(String submittedBy, String idempotencyKey) {
		return "idempotency:" + submittedBy + "\n" + idempotencyKey;
	}

	private Submission file(SubmitReportCommand command, SubcategoryView subcategory, String gridCode, String submittedBy,
			String idempotencyKey, String requestHash, List<CasePhoto> photos) {
		if (idempotencyKey != null) {
			this.locks.lock(List.of(idempotencyLock(submittedBy, idempotencyKey)));
			Optional<Report> earlier = this.reports.findBySubmittedByAndIdempotencyKey(submittedBy, idempotencyKey);
			if (earlier.isPresent()) {
				if (!earlier.get().isSubmittedAs(requestHash)) {
					throw new UnprocessableInputException(IDEMPOTENCY_KEY,
							UserTexts.get("report.idempotency-key-reused", earlier.get().getTrackingNumber()));
				}
				return new Submission(ReportReceipt.of(earlier.get()), true);
			}
		}
		if (command.lon() != null) {
			this.locks.lock(this.duplicates.areas(subcategory.issueType(), command.lon(), command.lat()));
		}
		Instant now = this.clock.instant();
		Optional<CaseId> sameProblem = this.duplicates.openCaseOfTheSameProblem(subcategory.issueType(), command.lon(),
				command.lat(), now);
		String trackingNumber = sameProblem.isPresent() ? this.trackingNumbers.forLinkedReport(now)
				: this.trackingNumbers.forReportOpeningACase(now);
		Report report = new Report(trackingNumber, command, subcategory.code(), gridCode, idempotencyKey, requestHash,
				submittedBy, now);
		sameProblem.ifPresentOrElse(open -> {
				this.cases.countReport(open);
				report.linkedTo(open);
			}, () -> report.openedAs(openCase(report.getTrackingNumber(), command, subcategory, gridCode)));
		Report saved = this.reports.save(report);
		this.events.publishEvent(new ReportReceived(saved.getId(), saved.getTrackingNumber(), saved.getChannel(),
				gridCode, saved.getCaseId(), saved.isLinkedAsDuplicate()));
		if (saved.isLinkedAsDuplicate()) {
			this.events.publishEvent(new ReportLinked(saved.getTrackingNumber(), saved.getCaseId()));
		}
		if (!photos.isEmpty()) {
			this.attachments.attach(saved.getCaseId(), saved.getId(), photos, submittedBy);
		}
		return new Submission(ReportReceipt.of(saved), false);
	}

	/**
	 * A dispatcher decides a linked report is a problem of its own ({@link DuplicateUnlinkPolicy}):
	 * it opens its own case.
	 * @throws NotFoundException if there is no such report or the caller may not see its case
	 * @throws AccessDeniedException if the caller sees the case but may not unlink
	 */
	public ReportReceipt unlink(String trackingNumber, Caller caller) {
		return this.retry.inTransaction(() -> {
			Report report = this.reports.findByTrackingNumber(trackingNumber)
				.orElseThrow(() -> new NotFoundException("No report " + trackingNumber));
			CaseView linkedCase = this.cases.findCase(report.getCaseId())
				.filter(view -> this.access.maySee(caller, view))
				.orElseThrow(() -> new NotFoundException("No report " + trackingNumber));
			if (!DuplicateUnlinkPolicy.mayUnlink(caller, linkedCase)) {
				throw new AccessDeniedException(UserTexts.get("report.unlink-not-allowed"));
			}
			if (!report.isLinkedAsDuplicate()) {
				throw new InvalidInputException("trackingNumber", UserTexts.get("report.not-linked"));
			}
			CaseId from = report.getCaseId();
			this.cases.uncountReport(from);
			String issueType = this.catalogue.subcategory(report.getSubcategory())
				.map(SubcategoryView::issueType)
				.orElseThrow(() -> new IllegalStateException("Subcategory " + report.getSubcategory() + " left the catalogue"));
			report.openedAs(this.cases.openCase(new OpenCaseCommand(issueType, null,
					report.getGridCode(), report.getDescription(), report.getAddress(), report.getLon(),
					report.getLat(), report.getChannel().name()), report.getTrackingNumber()));
			Report saved = this.reports.save(report);
			this.events.publishEvent(new ReportUnlinked(saved.getTrackingNumber(), from, saved.getCaseId()));
			return ReportReceipt.of(saved);
		});
	}

	/** The case a tracking number leads to, with the report behind it. */
	@Transactional(readOnly = true)
	public Optional<TrackedReport> track(String trackingNumber) {
		return this.reports.findByTrackingNumber(trackingNumber)
			.flatMap(report -> this.cases.findCase(report.getCaseId())
				.map(view -> new TrackedReport(report.getTrackingNumber(),
						this.catalogue.subcategory(report.getSubcategory()).orElseThrow(),
						report.getChannel(), report.isAnonymous(), report.getDescription(), report.getAddress(),
						report.getLon(), report.getLat(), report.getGridCode(), report.getSubmittedAt(), view)));
	}

	/** What a submit did: filed the report, or answered the receipt of the first submit with its key. */
	public record Submission(ReportReceipt receipt, boolean replayed) {
	}

	private CaseId openCase(String trackingNumber, SubmitReportCommand command, SubcategoryView subcategory,
			String gridCode) {
		Severity severity = command.severity() != null ? command.severity() : subcategory.defaultSeverity();
		return this.cases.openCase(new OpenCaseCommand(subcategory.issueType(), severity, gridCode,
				subcategory.name() + ": " + command.description(), command.address(), command.lon(), command.lat(),
				command.channel().name()), trackingNumber);
	}

}
