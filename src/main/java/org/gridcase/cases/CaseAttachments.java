package org.gridcase.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UserTexts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of cases, stored durably in the database with the case and the step (or report) they
 * belong to. At most {@value #MAX_PER_UPLOAD} per upload.
 */
@Service
@Transactional
public class CaseAttachments {

	public static final int MAX_PER_UPLOAD = 9;

	private final AttachmentRepository attachments;

	private final CaseRepository cases;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseAttachments(AttachmentRepository attachments, CaseRepository cases, ApplicationEventPublisher events,
			Clock clock) {
		this.attachments = attachments;
		this.events = events;
		this.cases = cases;
		this.clock = clock;
	}

	/** Attaches photos to the case at its current step (or to a report of it): {@link PhotosAttached}. */
	public List<AttachmentView> attach(CaseId caseId, UUID reportId, List<CasePhoto> photos, String uploadedBy) {
		if (photos.size() > MAX_PER_UPLOAD) {
			throw new InvalidInputException("photos", UserTexts.get("photo.too-many", String.valueOf(MAX_PER_UPLOAD)));
		}
		CaseRecord record = this.cases.findById(caseId.value())
			.orElseThrow(() -> new InvalidInputException("caseId", "no case " + caseId));
		List<AttachmentView> attached = photos.stream()
			.map(photo -> this.attachments.save(
					new Attachment(caseId, reportId, record.getStep(), photo, uploadedBy, this.clock.instant())))
			.map(Attachment::view)
			.toList();
		if (!attached.isEmpty()) {
			this.events.publishEvent(new PhotosAttached(caseId, reportId, record.getStep(),
					attached.stream().map(AttachmentView::id).toList()));
		}
		return attached;
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> list(CaseId caseId) {
		return this.attachments.findByCaseIdOrderByUploadedAt(caseId.value()).stream().map(Attachment::view).toList();
	}

	/** Content type and bytes of a photo of this case. */
	@Transactional(readOnly = true)
	public Optional<Photo> photo(CaseId caseId, UUID attachmentId) {
		return this.attachments.findById(attachmentId)
			.filter(attachment -> attachment.getCaseId().equals(caseId.value()))
			.map(attachment -> new Photo(attachment.getContentType(), attachment.getContent()));
	}

	public record Photo(String contentType, byte[] content) {
	}

}
