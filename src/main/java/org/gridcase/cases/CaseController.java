package org.gridcase.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridcase.deadlines.Light;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UserTexts;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Dispatchers open cases in the places they serve, staff read the cases of their places and
 * add photos ({@link CaseAccessPolicy}). A case the caller may not see is answered as not found.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final CaseManagement cases;

	private final CaseAccessPolicy access;

	private final CaseAttachments attachments;

	private final Callers callers;

	private final CaseHistory history;

	private final IssueTypes issueTypes;

	private final CaseList list;

	private final TransactionTemplate readOnly;

	CaseController(CaseManagement cases, CaseAccessPolicy access, CaseAttachments attachments, Callers callers,
			CaseHistory history, IssueTypes issueTypes, CaseList list, PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.issueTypes = issueTypes;
		this.list = list;
		this.cases = cases;
		this.history = history;
		this.access = access;
		this.attachments = attachments;
		this.callers = callers;
	}

	/** Dispatchers open cases for the places at or below theirs (e.g. a walk-in at a community station). */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseSummary open(@RequestBody OpenCaseCommand command, Authentication user) {
		Caller caller = this.callers.of(user);
		if (!this.access.mayOpenAnywhere(caller)
				|| (command.gridCode() != null && !this.access.mayOpen(caller, command.gridCode()))) {
			throw new AccessDeniedException(UserTexts.get("case.open-not-allowed"));
		}
		if (command.issueType() != null && !command.issueType().isBlank()
				&& !this.issueTypes.takesCases(command.issueType())) {
			throw new InvalidInputException("issueType", UserTexts.get("case.issue-type-not-taken", command.issueType()));
		}
		CaseId id = this.cases.openCase(command);
		return CaseSummary.of(this.cases.findCase(id).orElseThrow());
	}

	/**
	 * The case with its timeline: every event with who and when, from the audit trail. The
	 * caller's roles, the case and its events are read in one read-only transaction (one
	 * connection, one commit), as they were three.
	 */
	@GetMapping("/{id}")
	CaseDetail get(@PathVariable String id, Authentication user) {
		return this.readOnly.execute(transaction -> {
			CaseView view = visible(id, this.callers.of(user));
			return new CaseDetail(CaseSummary.of(view), view.reportCount(), view.dispatchedDepartments(),
					this.history.timelineOf(view.id()));
		});
	}

	/** Cases the caller may see, filtered, a page at a time (newest first unless sorted otherwise). */
	@GetMapping
	CasePage search(@RequestParam(required = false) String type, @RequestParam(required = false) String grid,
			@RequestParam(required = false) CaseStep step, @RequestParam(required = false) Light light,
			@RequestParam(required = false) String channel, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "openedAt,desc") String sort, Authentication user) {
		if (page < 0) {
			throw new InvalidInputException("page", "must not be negative");
		}
		if (size < 1 || size > 200) {
			throw new InvalidInputException("size", "must be between 1 and 200");
		}
		if (grid != null && !grid.isEmpty() && !CaseListQuery.isPlaceCode(grid)) {
			throw new InvalidInputException("grid", "must be a place code (digits)");
		}
		return this.list.page(new CaseSearch(type, grid, step, light, channel, from, to, q), this.callers.of(user), page,
				size, sorting(sort));
	}

	private static Sort.Order sorting(String sort) {
		String[] parts = sort.split(",");
		if (!CaseListQuery.sortable(parts[0]) || parts.length > 2
				|| (parts.length == 2 && !parts[1].equalsIgnoreCase("asc") && !parts[1].equalsIgnoreCase("desc"))) {
			throw new InvalidInputException("sort",
					"must be one of openedAt, stepDueAt, caseDueAt, light, step, gridCode, optionally followed by ,asc or ,desc");
		}
		Sort.Direction direction = parts.length == 2 && parts[1].equalsIgnoreCase("asc") ? Sort.Direction.ASC
				: Sort.Direction.DESC;
		return new Sort.Order(direction, parts[0]);
	}

	/** The case's photos (the forms' photo link). */
	@GetMapping("/{id}/attachments")
	List<AttachmentView> attachments(@PathVariable String id, Authentication user) {
		return this.attachments.list(visible(id, this.callers.of(user)).id());
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId, Authentication user) {
		CaseView view = visible(id, this.callers.of(user));
		CaseAttachments.Photo photo = this.attachments.photo(view.id(), uuid("attachmentId", attachmentId))
			.orElseThrow(() -> new NotFoundException("No attachment " + attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.content());
	}

	/**
	 * Staff working on the case add photos at its current step (e.g. after-photos in feedback);
	 * those who only read it (auditors, the organisation's administrator) may not.
	 */
	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	List<AttachmentView> upload(@PathVariable String id, @RequestParam("photos") List<MultipartFile> photos,
			Authentication user) throws java.io.IOException {
		Caller caller = this.callers.of(user);
		CaseView view = visible(id, caller);
		if (!this.access.mayAddPhotos(caller, view)) {
			throw new AccessDeniedException(UserTexts.get("case.photos-read-only-role"));
		}
		List<CasePhoto> read = new java.util.ArrayList<>();
		for (int i = 0; i < photos.size(); i++) {
			read.add(CasePhoto.read("photos[" + i + "]", photos.get(i).getOriginalFilename(), photos.get(i).getBytes()));
		}
		return this.attachments.attach(view.id(), null, read, user.getName());
	}

	private CaseView visible(String id, Caller caller) {
		return this.cases.findCase(new CaseId(uuid("id", id)))
			.filter(view -> this.access.maySee(caller, view))
			.orElseThrow(() -> new NotFoundException("No case " + id));
	}

	private static UUID uuid(String field, String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "is not an id");
		}
	}

}
