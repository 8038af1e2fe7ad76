package org.gridcase.cases;

import java.util.List;
import java.util.UUID;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.NotFoundException;

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
	CaseSummary get(@PathVariable String id, Authentication user) {
		return CaseSummary.of(visible(id, user));
	}

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
