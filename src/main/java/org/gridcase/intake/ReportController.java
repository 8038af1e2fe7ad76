package org.gridcase.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.gridcase.cases.CasePhoto;
import org.gridcase.grid.HeldRole;
import org.gridcase.grid.Role;
import org.gridcase.grid.Staffing;
import org.gridcase.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * The front door for reports of every channel.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

	private static final java.util.Set<Role> DISPATCHERS = java.util.EnumSet.of(Role.COMMUNITY_STATION,
			Role.STREET_CENTER, Role.DISTRICT_CENTER);

	private final ReportIntake intake;

	private final Staffing staffing;

	ReportController(ReportIntake intake, Staffing staffing) {
		this.intake = intake;
		this.staffing = staffing;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ReportReceipt submit(@RequestBody SubmitReportCommand command,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication user) {
		return this.intake.submit(command, user.getName(), idempotencyKey, List.of());
	}

	/** The same with photos: part {@code report} (JSON) and up to nine parts {@code photos}. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ReportReceipt submitWithPhotos(@RequestPart("report") SubmitReportCommand command,
			@RequestPart(name = "photos", required = false) List<MultipartFile> photos,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication user)
			throws IOException {
		List<CasePhoto> read = new ArrayList<>();
		List<MultipartFile> files = photos == null ? List.of() : photos;
		for (int i = 0; i < files.size(); i++) {
			read.add(CasePhoto.read("photos[" + i + "]", files.get(i).getOriginalFilename(), files.get(i).getBytes()));
		}
		return this.intake.submit(command, user.getName(), idempotencyKey, read);
	}

	/** A dispatcher above the case's grid separates a linked report into a case of its own. */
	@PostMapping("/{trackingNumber}/unlink")
	ReportReceipt unlink(@PathVariable String trackingNumber, Authentication user) {
		String gridCode = this.intake.caseOf(trackingNumber)
			.orElseThrow(() -> new NotFoundException("No report " + trackingNumber))
			.getGridCode();
		boolean dispatcher = this.staffing.rolesOf(user.getName())
			.stream()
			.map(HeldRole::roleAtPlace)
			.anyMatch(held -> DISPATCHERS.contains(held.role()) && gridCode.startsWith(held.placeCode()));
		if (!dispatcher) {
			throw new AccessDeniedException("Only a dispatcher above grid " + gridCode + " may unlink reports");
		}
		return this.intake.unlink(trackingNumber);
	}

}
