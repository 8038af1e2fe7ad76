package org.gridcase.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridcase.deadlines.Light;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
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
 * Staff open cases in the places they serve (e.g. a walk-in at a community station) and read
 * the cases of those places. A case outside them is answered as not found.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

	private final CaseManagement cases;

	private final CaseAccessPolicy access;

	private final CaseAttachments attachments;

	CaseController(CaseManagement cases, CaseAccessPolicy access, CaseAttachments attachments) {
		this.cases = cases;
		this.access = access;
		this.attachments = attachments;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseSummary open(@RequestBody OpenCaseCommand command, Authentication user) {
		if (command.gridCode() != null && !this.access.mayOpen(user, command.gridCode())) {
			throw new AccessDeniedException("You serve no place at or above " + command.gridCode());
		}
		CaseId id = this.cases.openCase(command);
		return CaseSummary.of(this.cases.findCase(id).orElseThrow());
	}

	@GetMapping("/{id}")
	CaseDetail get(@PathVariable String id, Authentication user) {
		CaseRecord record = visible(id, user);
		return new CaseDetail(CaseSummary.of(record), record.getReportCount(), record.getDispatchedDepartments(),
				record.timeline());
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
		return this.cases.search(new CaseSearch(type, grid, step, light, channel, from, to, q),
				this.access.visibleTo(user), PageRequest.of(page, size, sorting(sort)));
	}

	private static Sort sorting(String sort) {
		String[] parts = sort.split(",");
		if (!SORTABLE.contains(parts[0]) || parts.length > 2
				|| (parts.length == 2 && !parts[1].equalsIgnoreCase("asc") && !parts[1].equalsIgnoreCase("desc"))) {
			throw new InvalidInputException("sort", "must be one of " + SORTABLE + ", optionally followed by ,asc or ,desc");
		}
		Sort.Direction direction = parts.length == 2 && parts[1].equalsIgnoreCase("asc") ? Sort.Direction.ASC
				: Sort.Direction.DESC;
		return Sort.by(direction, parts[0]);
	}

	private static final java.util.Set<String> SORTABLE = java.util.Set.of("openedAt", "stepDueAt", "caseDueAt", "light",
			"step", "gridCode");

	/** The case's photos (the forms' photo link). */
	@GetMapping("/{id}/attachments")
	List<AttachmentView> attachments(@PathVariable String id, Authentication user) {
		return this.attachments.list(visible(id, user).getId());
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId, Authentication user) {
		CaseRecord record = visible(id, user);
		CaseAttachments.Photo photo = this.attachments.photo(record.getId(), uuid("attachmentId", attachmentId))
			.orElseThrow(() -> new NotFoundException("No attachment " + attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.content());
	}

	/** Staff working on the case add photos at its current step (e.g. after-photos in feedback). */
	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	List<AttachmentView> upload(@PathVariable String id, @RequestParam("photos") List<MultipartFile> photos,
			Authentication user) throws java.io.IOException {
		CaseRecord record = visible(id, user);
		List<CasePhoto> read = new java.util.ArrayList<>();
		for (int i = 0; i < photos.size(); i++) {
			read.add(CasePhoto.read("photos[" + i + "]", photos.get(i).getOriginalFilename(), photos.get(i).getBytes()));
		}
		return this.attachments.attach(record.getId(), null, read, user.getName());
	}

	private CaseRecord visible(String id, Authentication user) {
		return this.cases.findCase(new CaseId(uuid("id", id)))
			.filter(record -> this.access.maySee(user, record))
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
