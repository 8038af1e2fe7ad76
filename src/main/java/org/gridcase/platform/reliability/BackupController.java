package org.gridcase.platform.reliability;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.gridcase.shared.UserTexts;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/admin/backup}: a consistent backup of the whole database as a zip
 * ({@link DatabaseBackup}), streamed while the application keeps serving. Engine
 * administrators only: it holds every case, reporter and photo.
 */
@RestController
class BackupController {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

	private final DatabaseBackup backup;

	private final Clock clock;

	BackupController(DatabaseBackup backup, Clock clock) {
		this.backup = backup;
		this.clock = clock;
	}

	@GetMapping(path = "/api/admin/backup", produces = "application/zip")
	ResponseEntity<StreamingResponseBody> backup(Authentication caller) {
		boolean administrator = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch("camunda-admin"::equals);
		if (!administrator) {
			throw new AccessDeniedException(UserTexts.get("backup.administrators-only"));
		}
		String filename = "gridcase-backup-" + STAMP.format(this.clock.instant()) + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(out -> {
				try {
					this.backup.write(out);
				}
				catch (java.sql.SQLException ex) {
					throw new java.io.IOException("Backup failed", ex);
				}
			});
	}

}
