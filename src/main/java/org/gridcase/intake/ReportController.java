package org.gridcase.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.gridcase.cases.Caller;
import org.gridcase.cases.Callers;
import org.gridcase.cases.CasePhoto;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The front door for reports of every channel. A submit sent again with the same
 * {@code Idempotency-Key} answers exactly what the first answered (201 and the same receipt),
 * marked with the header {@code Idempotent-Replayed: true}.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

	static final String REPLAYED = "Idempotent-Replayed";

	private final ReportIntake intake;

	private final Callers callers;

	ReportController(ReportIntake intake, Callers callers) {
		this.intake = intake;
		this.callers = callers;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ReportReceipt> submit(@RequestBody SubmitReportCommand command,
			@RequestHeader(name = ReportIntake.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			Authentication user) {
		// the caller's roles are read in the intake's transaction of checks, not in one of their own
		return answer(this.intake.submit(command, () -> filer(user, command), idempotencyKey, List.of()));
	}

	/** The same with photos: part {@code report} (JSON) and up to nine parts {@code photos}. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ReportReceipt> submitWithPhotos(@RequestPart("report") SubmitReportCommand command,
			@RequestPart(name = "photos", required = false) List<MultipartFile> photos,
			@RequestHeader(name = ReportIntake.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			Authentication user) throws IOException {
		Caller caller = filer(user, command);
		List<CasePhoto> read = new ArrayList<>();
		List<MultipartFile> files = photos == null ? List.of() : photos;
		for (int i = 0; i < files.size(); i++) {
			read.add(CasePhoto.read("photos[" + i + "]", files.get(i).getOriginalFilename(), files.get(i).getBytes()));
		}
		return answer(this.intake.submit(command, caller, idempotencyKey, read));
	}

	/** A dispatcher above the case's grid separates a linked report into a case of its own. */
	@PostMapping("/{trackingNumber}/unlink")
	ReportReceipt unlink(@PathVariable String trackingNumber, Authentication user) {
		return this.intake.unlink(trackingNumber, this.callers.of(user));
	}

	/**
	 * The caller, if they may file on the report's channel at all: those who may not are refused
	 * before the rest of their input is read.
	 */
	private Caller filer(Authentication user, SubmitReportCommand command) {
		Caller caller = this.callers.of(user);
		if (!ReportFilingPolicy.mayFileOn(caller, command == null ? null : command.channel())) {
			throw new AccessDeniedException(UserTexts.get("report.read-only-role"));
		}
		return caller;
	}

	private static ResponseEntity<ReportReceipt> answer(ReportIntake.Submission submission) {
		ResponseEntity.BodyBuilder created = ResponseEntity.status(HttpStatus.CREATED);
		if (submission.replayed()) {
			created.header(REPLAYED, "true");
		}
		return created.body(submission.receipt());
	}

}
